using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges organizations after an in-place edit: the groups the edit reaches (<see cref="NameEdit{TResult}"/>) are joined
/// and merged again exactly as <see cref="OrganizationMerger"/> joins and merges, and every other group keeps last run's
/// organization and place.
/// </summary>
internal static class IncrementalOrganizationMerger
{
    public static List<OrganizationFact> Merge(IReadOnlyList<DocumentFacts> documents, NameEdit<OrganizationFact> edit, out CanonicalNames canonical)
    {
        var members = edit.Members(d => documents[d].Organizations.Count);
        var facts = new OrganizationFact[members.Count];
        var files = new string[members.Count];
        var keys = new string[members.Count];
        var aliasKeys = new string?[members.Count][];
        for (var k = 0; k < members.Count; k++)
        {
            var (d, i) = (members[k].Document, members[k].Index);
            facts[k] = documents[d].Organizations[i];
            files[k] = documents[d].Document.File;
            keys[k] = edit.Keys[d].Names[i];
            aliasKeys[k] = edit.Keys[d].Aliases[i];
        }

        // The same joins as the full merge, over the reached items only (every item sharing a key with them is among them).
        var sets = new UnionFind(members.Count);
        NameJoins.ByName(files, keys, aliasKeys, new Dictionary<string, int>(System.StringComparer.Ordinal), sets, multiWordOnly: false);

        var groups = new Groups(sets, members.Count);
        var added = new List<(ItemRef[] Members, OrganizationFact Merged)>(groups.Count);
        var ballot = new Ballot();
        var names = new List<string>();
        var evidence = new List<FactEvidence>();
        var kinds = new OrganizationMerger.KindVotes();
        for (var g = 0; g < groups.Count; g++)
        {
            var start = groups.Start(g);
            var end = start + groups.Size(g);
            var own = groups.ItemsOf(g, members);

            added.Add((own, OrganizationMerger.MergeGroup(facts, files, groups.Members, start, end, ballot, names, evidence, kinds)));
        }

        return edit.Apply(
            documents,
            d => Names(documents[d].Organizations.AsArray()),
            added,
            o => o,
            (a, b) => PeopleMerger.ByNameThenFirstFile(a.Name, a.Evidence, b.Name, b.Evidence),
            o => o.Name,
            out canonical);
    }

    private static string[] Names(OrganizationFact[] organizations)
    {
        var names = new string[organizations.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = organizations[i].Name;
        }

        return names;
    }
}
