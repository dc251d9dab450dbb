using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges the organizations of many articles by name, or by an alias that is another's name
/// ("IMF" beside "International Monetary Fund (IMF)"). Kind: the one most articles give;
/// role: participant beats mentioned.
/// </summary>
internal static class OrganizationMerger
{
    public static List<OrganizationFact> Merge(IReadOnlyList<DocumentFacts> documents, out CanonicalNames canonical) =>
        Merge(documents, out canonical, null);

    /// <summary>
    /// Merges organizations; with a <paramref name="memo"/>, name keys are computed once per document object and a group
    /// with the very same members as last run takes last run's organization without merging again.
    /// </summary>
    public static List<OrganizationFact> Merge(IReadOnlyList<DocumentFacts> documents, out CanonicalNames canonical, MergeMemo<OrganizationFact, OrganizationFact>? memo)
    {
        if (memo is not null && NameEdit<OrganizationFact>.Of(memo.State, documents, KeysOf) is { } edit)
        {
            return IncrementalOrganizationMerger.Merge(documents, edit, out canonical);
        }

        var (documentStart, files, facts) = FlatFacts.Of(documents, d => d.Organizations);
        var count = facts.Length;
        var keys = memo is null ? null : new string[count];
        var aliasKeys = memo is null ? null : new string?[count][];
        var documentKeys = memo is null ? null : new NameKeys[documents.Count];
        if (memo is not null)
        {
            for (var d = 0; d < documents.Count; d++)
            {
                var own = documentKeys![d] = memo.KeysOf(documents[d], KeysOf);
                Array.Copy(own.Names, 0, keys!, documentStart[d], own.Names.Length);
                Array.Copy(own.Aliases, 0, aliasKeys!, documentStart[d], own.Aliases.Length);
            }
        }

        var sets = new UnionFind(count);
        if (memo is null)
        {
            JoinByKey(facts, files, sets);
        }
        else
        {
            NameJoins.ByName(files, keys!, aliasKeys!, memo.FirstByName, sets, multiWordOnly: false);
        }

        var groups = new Groups(sets, count);
        var members = groups.Members;
        var merged = new List<OrganizationFact>(groups.Count);
        var canonicalOf = new string[count];
        var groupOf = new long[count];
        var ballot = new Ballot();
        var names = new List<string>();
        var evidence = new List<FactEvidence>();
        var kinds = new KindVotes();
        for (var g = 0; g < groups.Count; g++)
        {
            var start = groups.Start(g);
            var end = start + groups.Size(g);
            if (memo is not null && memo.Groups.TryGet(facts, files, null, members, start, end, out var known))
            {
                merged.Add(known);
                NameJoins.Record(known.Name, g, members, start, end, canonicalOf, groupOf);
                continue;
            }

            var organization = MergeGroup(facts, files, members, start, end, ballot, names, evidence, kinds);
            var name = organization.Name;
            merged.Add(organization);
            NameJoins.Record(name, g, members, start, end, canonicalOf, groupOf);
            memo?.Groups.Add(facts, files, null, members, start, end, organization);
        }

        memo?.Groups.EndRun();

        var written = new string[count];
        for (var i = 0; i < count; i++)
        {
            written[i] = facts[i].Name;
        }

        canonical = new CanonicalNames(PeopleMerger.DocumentFiles(documents), documentStart, written, canonicalOf, groupOf);
        var inGroupOrder = memo is null ? null : new List<OrganizationFact>(merged);
        var sorted = StableSort.ByNameThenFirstFile(merged, o => o.Name, o => o.Evidence, memo?.Order);
        if (memo is not null)
        {
            // What lets the next run, after an in-place edit, re-merge only what the edit reaches.
            memo.State = NameGroupState<OrganizationFact>.Capture(documents, documentKeys!, documentStart, groups, inGroupOrder!, sorted, o => o, written, canonicalOf, o => o.Name);
            canonical = memo.State?.Canonical ?? canonical;
        }

        return sorted;
    }

    /// <summary>One organization for the group <c>members[start..end)</c>; the ballot, lists and votes are scratch space.</summary>
    internal static OrganizationFact MergeGroup(
        OrganizationFact[] facts, string[] files, int[] members, int start, int end, Ballot ballot, List<string> names, List<FactEvidence> evidence, KindVotes kinds)
    {
        ballot.Clear();
        names.Clear();
        kinds.Clear();
        var participant = false;
        for (var k = start; k < end; k++)
        {
            var m = facts[members[k]];
            ballot.Add(m.Name, files[members[k]]);
            names.Add(m.Name);
            names.AddAll(m.Aliases.AsArray());
            kinds.Add(m.Kind, files[members[k]]);
            participant |= m.Role == OrganizationRole.Participant;
        }

        var name = ballot.Winner(PeopleMerger.NamePreference)!;
        var groupEvidence = Evidence.OfGroup(facts, members, start, end, f => f.Evidence, evidence);
        var role = participant ? OrganizationRole.Participant : OrganizationRole.Mentioned;
        return new OrganizationFact(name, Evidence.OtherNames(names, name), kinds.Winner(), role, groupEvidence);
    }

    internal static NameKeys KeysOf(DocumentFacts document)
    {
        var organizations = document.Organizations.AsArray();
        var names = new string[organizations.Length];
        var aliases = new EquatableArray<string>[organizations.Length];
        for (var i = 0; i < organizations.Length; i++)
        {
            names[i] = organizations[i].Name;
            aliases[i] = organizations[i].Aliases;
        }

        return NameKeys.Of(names, aliases, _ => false);
    }

    /// <summary>The kind most files give (votes arrive file by file); ties to the lower kind.</summary>
    internal sealed class KindVotes
    {
        private readonly List<OrganizationKind> _kinds = new();
        private readonly List<string> _lastFile = new();
        private readonly List<int> _files = new();

        public void Clear()
        {
            _kinds.Clear();
            _lastFile.Clear();
            _files.Clear();
        }

        public void Add(OrganizationKind kind, string file)
        {
            var k = _kinds.IndexOf(kind);
            if (k < 0)
            {
                _kinds.Add(kind);
                _lastFile.Add(file);
                _files.Add(1);
            }
            else if (_lastFile[k] != file)
            {
                _lastFile[k] = file;
                _files[k]++;
            }
        }

        public OrganizationKind Winner()
        {
            var best = 0;
            for (var k = 1; k < _kinds.Count; k++)
            {
                if (_files[k] > _files[best] || (_files[k] == _files[best] && _kinds[k] < _kinds[best]))
                {
                    best = k;
                }
            }

            return _kinds[best];
        }
    }

    /// <summary>
    /// Without a memo: joins organizations with equal name keys, and each to an organization of another article whose
    /// name key one of its aliases' keys is (the first of that name, as the memo path's dictionary gives), numbering
    /// keys in a <see cref="KeyTable"/> rather than making a string per name for a dictionary.
    /// </summary>
    private static void JoinByKey(OrganizationFact[] facts, string[] files, UnionFind sets)
    {
        var table = new KeyTable(facts.Length);
        var firstOf = new int[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var known = table.Count;
            var id = table.IdOf(facts[i].Name);
            if (id == known)
            {
                firstOf[id] = i;
            }
            else
            {
                sets.Union(firstOf[id], i);
            }
        }

        for (var i = 0; i < facts.Length; i++)
        {
            var aliases = facts[i].Aliases.AsArray();
            for (var a = 0; a < aliases.Length; a++)
            {
                // Two organizations one article kept apart stay apart.
                var id = table.Find(aliases[a]);
                if (id >= 0 && files[firstOf[id]] != files[i])
                {
                    sets.Union(i, firstOf[id]);
                }
            }
        }
    }
}
