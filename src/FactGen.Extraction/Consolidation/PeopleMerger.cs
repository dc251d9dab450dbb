using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges the people of many articles. Two mentions are one person when their full names match,
/// or one's full name is the other's multi-word alias. A one-word name ("Li") joins a full name
/// only with evidence: its own article has exactly one person of that name word, or else the whole
/// corpus has exactly one. Roles: speaker beats absent beats mentioned; titles are unioned.
/// </summary>
internal static class PeopleMerger
{
    public static List<PersonFact> Merge(IReadOnlyList<DocumentFacts> documents, List<FactDiagnostic> diagnostics, out CanonicalNames canonical) =>
        Merge(documents, diagnostics, out canonical, null);

    /// <summary>
    /// Merges people; with a <paramref name="memo"/>, name keys are computed once per document object and a group with
    /// the very same members as last run takes last run's person (and title conflicts) without merging again.
    /// </summary>
    public static List<PersonFact> Merge(
        IReadOnlyList<DocumentFacts> documents, List<FactDiagnostic> diagnostics, out CanonicalNames canonical, MergeMemo<PersonFact, MergedFact<PersonFact>>? memo)
    {
        if (memo is not null && NameEdit<MergedFact<PersonFact>>.Of(memo.State, documents, d => KeysWithWords(d, memo)) is { } edit
            && IncrementalPeopleMerger.Merge(documents, diagnostics, edit) is { } people)
        {
            canonical = people.Canonical;
            return people.Merged;
        }

        var (documentStart, files, facts) = FlatFacts.Of(documents, d => d.People);
        var count = facts.Length;
        var keys = new string[count];
        var aliasKeys = memo is null ? null : new string?[count][];
        var documentKeys = memo is null ? null : new NameKeys[documents.Count];
        var firstWord = new int[count];
        var lastWord = new int[count];
        var table = memo is null ? new KeyTable(count) : null;
        var keyIds = memo is null ? new int[count] : null;
        if (memo is null)
        {
            // One string and one word look-up per distinct key: a recurring name reuses its first occurrence's. Words
            // get ids in the same order as looking up every name would give (a repeat's words are all known).
            var words = new WordIds(count);
            var firstOfKey = new int[count];
            var lastOfKey = new int[count];
            for (var i = 0; i < count; i++)
            {
                var known = table!.Count;
                var id = keyIds![i] = table.IdOf(facts[i].Name);
                keys[i] = table[id];
                if (id == known)
                {
                    NameWords.Set(keys[i], words, out firstOfKey[id], out lastOfKey[id]);
                }

                firstWord[i] = firstOfKey[id];
                lastWord[i] = lastOfKey[id];
            }
        }
        else
        {
            for (var d = 0; d < documents.Count; d++)
            {
                var own = documentKeys![d] = KeysWithWords(documents[d], memo);
                var ownWords = own.Words!;
                Array.Copy(own.Names, 0, keys, documentStart[d], own.Names.Length);
                Array.Copy(own.Aliases, 0, aliasKeys!, documentStart[d], own.Aliases.Length);
                Array.Copy(ownWords.First, 0, firstWord, documentStart[d], own.Names.Length);
                Array.Copy(ownWords.Last, 0, lastWord, documentStart[d], own.Names.Length);
            }
        }

        var sets = new UnionFind(count);
        if (memo is null)
        {
            JoinByKey(facts, files, keys, keyIds!, table!, sets);
        }
        else
        {
            NameJoins.ByName(files, keys, aliasKeys!, memo.FirstByName, sets, multiWordOnly: true);
        }

        var joinedTo = memo is null ? null : new int[count];
        JoinSingleWordNames(files, keys, firstWord, lastWord, sets, joinedTo);

        var groups = new Groups(sets, count);
        var members = groups.Members;
        var merged = new List<PersonFact>(groups.Count);
        var canonicalOf = new string[count];
        var groupOf = new long[count];
        var ballot = new Ballot();
        var names = new List<string>();
        var evidence = new List<FactEvidence>();
        var inGroupOrder = memo is null ? null : new List<MergedFact<PersonFact>>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var start = groups.Start(g);
            var end = start + groups.Size(g);
            if (memo is not null && memo.Groups.TryGet(facts, files, null, members, start, end, out var known))
            {
                diagnostics.AddRange(known.Conflicts);
                NameJoins.Record(known.Fact.Name, g, members, start, end, canonicalOf, groupOf);
                merged.Add(known.Fact);
                inGroupOrder!.Add(known);
                continue;
            }

            var reported = diagnostics.Count;
            var person = MergeGroup(files, keys, facts, members, start, end, ballot, names, evidence, diagnostics);
            var name = person.Name;
            merged.Add(person);
            NameJoins.Record(name, g, members, start, end, canonicalOf, groupOf);
            if (memo is not null)
            {
                var result = new MergedFact<PersonFact>(person, diagnostics.GetRange(reported, diagnostics.Count - reported).ToArray());
                memo.Groups.Add(facts, files, null, members, start, end, result);
                inGroupOrder!.Add(result);
            }
        }

        memo?.Groups.EndRun();

        var written = new string[count];
        for (var i = 0; i < count; i++)
        {
            written[i] = facts[i].Name;
        }

        canonical = new CanonicalNames(DocumentFiles(documents), documentStart, written, canonicalOf, groupOf);
        var sorted = StableSort.ByNameThenFirstFile(merged, p => p.Name, p => p.Evidence, memo?.Order);
        if (memo is not null)
        {
            // What lets the next run, after an in-place edit, re-merge only what the edit reaches.
            memo.State = NameGroupState<MergedFact<PersonFact>>.Capture(documents, documentKeys!, documentStart, groups, inGroupOrder!, sorted, m => m.Fact, written, canonicalOf, p => p.Name);
            if (memo.State is not null)
            {
                memo.State.Joins = PeopleJoins.Capture(documentKeys!, documentStart, joinedTo!, memo.State);
                canonical = memo.State.Canonical;
            }
        }

        return sorted;
    }

    /// <summary>
    /// Without a memo: joins people with equal multi-word name keys, and each to a person of another article whose
    /// full name key one of its multi-word aliases' keys is (the first of that name), by key ids of a
    /// <see cref="KeyTable"/> rather than a dictionary of key strings.
    /// </summary>
    private static void JoinByKey(PersonFact[] facts, string[] files, string[] keys, int[] keyIds, KeyTable table, UnionFind sets)
    {
        var names = table.Count;
        var firstOf = new int[names];
        for (var id = 0; id < names; id++)
        {
            firstOf[id] = -1;
        }

        for (var i = 0; i < facts.Length; i++)
        {
            if (keys[i].IndexOf(' ') < 0)
            {
                continue; // one-word names need evidence: see JoinSingleWordNames
            }

            var id = keyIds[i];
            if (firstOf[id] >= 0)
            {
                sets.Union(firstOf[id], i);
            }
            else
            {
                firstOf[id] = i;
            }
        }

        // A multi-word alias that is someone's full name ("Bill Gates" as an alias of "William Gates").
        for (var i = 0; i < facts.Length; i++)
        {
            var aliases = facts[i].Aliases.AsArray();
            for (var a = 0; a < aliases.Length; a++)
            {
                if (IsOneWord(aliases[a]))
                {
                    continue;
                }

                var id = table.Find(aliases[a]);
                if (id >= 0 && firstOf[id] >= 0 && files[firstOf[id]] != files[i])
                {
                    sets.Union(i, firstOf[id]);
                }
            }
        }
    }

    /// <summary>A document's name keys with their words, made once per document object.</summary>
    internal static NameKeys KeysWithWords(DocumentFacts document, MergeMemo<PersonFact, MergedFact<PersonFact>> memo)
    {
        var keys = memo.KeysOf(document, KeysOf);
        keys.Words ??= NameWords.Of(keys.Names, memo.Words);
        return keys;
    }

    /// <summary>
    /// One person for the group <c>members[start..end)</c>, its title conflicts added to <paramref name="diagnostics"/>;
    /// the ballot and lists are scratch space.
    /// </summary>
    internal static PersonFact MergeGroup(
        string[] files, string[] keys, PersonFact[] facts, int[] members, int start, int end, Ballot ballot, List<string> names, List<FactEvidence> evidence, List<FactDiagnostic> diagnostics)
    {
        var anyFull = false;
        for (var k = start; k < end && !anyFull; k++)
        {
            anyFull = keys[members[k]].IndexOf(' ') > 0;
        }

        ballot.Clear();
        names.Clear();
        var titleCount = 0;
        var role = facts[members[start]].Role;
        for (var k = start; k < end; k++)
        {
            var m = members[k];
            if (!anyFull || keys[m].IndexOf(' ') > 0)
            {
                ballot.Add(facts[m].Name, files[m]);
            }

            names.Add(facts[m].Name);
            names.AddAll(facts[m].Aliases.AsArray());
            titleCount += facts[m].Titles.Count;
            if (RoleRank(facts[m].Role) < RoleRank(role))
            {
                role = facts[m].Role;
            }
        }

        var name = ballot.Winner(NamePreference)!;
        var aliases = Evidence.OtherNames(names, name);
        var titles = titleCount == 0 ? EquatableArray<string>.Empty
            : end - start == 1 && titleCount == 1 ? facts[members[start]].Titles
            : MergeTitles(files, facts, members, start, end, ballot);

        // Conflicts need two titles from two different articles, and a rank word to tell them apart.
        if (titleCount >= 2 && files[members[start]] != files[members[end - 1]] && TitleConflicts.AnyRanked(facts, members, start, end))
        {
            var list = new List<(string File, PersonFact Fact)>(end - start);
            for (var k = start; k < end; k++)
            {
                list.Add((files[members[k]], facts[members[k]]));
            }

            TitleConflicts.Report(name, list, diagnostics);
        }

        var groupEvidence = Evidence.OfGroup(facts, members, start, end, f => f.Evidence, evidence);
        return new PersonFact(name, aliases, titles, role, groupEvidence);
    }

    internal static NameKeys KeysOf(DocumentFacts document)
    {
        var people = document.People.AsArray();
        var names = new string[people.Length];
        var aliases = new EquatableArray<string>[people.Length];
        for (var i = 0; i < people.Length; i++)
        {
            names[i] = people[i].Name;
            aliases[i] = people[i].Aliases;
        }

        return NameKeys.Of(names, aliases, IsOneWord);
    }

    /// <summary>Each article's file name.</summary>
    internal static string[] DocumentFiles(IReadOnlyList<DocumentFacts> documents)
    {
        var files = new string[documents.Count];
        for (var d = 0; d < files.Length; d++)
        {
            files[d] = documents[d].Document.File;
        }

        return files;
    }

    /// <summary>Orders merged people and organizations: by name, then by the file of the first evidence.</summary>
    internal static int ByNameThenFirstFile(string aName, EquatableArray<FactEvidence> aEvidence, string bName, EquatableArray<FactEvidence> bEvidence)
    {
        var c = string.CompareOrdinal(aName, bName);
        return c != 0 ? c : string.CompareOrdinal(
            aEvidence.Count == 0 ? string.Empty : aEvidence[0].File,
            bEvidence.Count == 0 ? string.Empty : bEvidence[0].File);
    }

    /// <summary>True when <paramref name="name"/> has only letters and digits, so its key is one word.</summary>
    internal static bool IsOneWord(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Vice-Foreign Minister" and "vice foreign minister" are one title, written as most articles write it:
    /// titles grouped by key in first-seen order, each group's majority wording.
    /// </summary>
    private static EquatableArray<string> MergeTitles(string[] files, PersonFact[] facts, int[] members, int start, int end, Ballot ballot)
    {
        var keys = new List<string>();
        var titles = new List<(string Title, string Key, string File)>();
        for (var k = start; k < end; k++)
        {
            foreach (var title in facts[members[k]].Titles.AsArray())
            {
                var key = TextKeys.Key(title);
                titles.Add((title, key, files[members[k]]));
                if (!keys.Contains(key))
                {
                    keys.Add(key);
                }
            }
        }

        var result = new string[keys.Count];
        for (var t = 0; t < keys.Count; t++)
        {
            ballot.Clear();
            foreach (var (title, key, file) in titles)
            {
                if (key == keys[t])
                {
                    ballot.Add(title, file);
                }
            }

            result[t] = ballot.Winner(StringComparer.Ordinal)!;
        }

        return new EquatableArray<string>(result);
    }

    /// <summary>Longer names first ("Ana Varga" before "Varga"), then ordinal.</summary>
    internal static readonly IComparer<string> NamePreference = Comparer<string>.Create((a, b) =>
    {
        var c = b.Length.CompareTo(a.Length);
        return c != 0 ? c : string.CompareOrdinal(a, b);
    });

    private static int RoleRank(PersonRole role) => role switch
    {
        PersonRole.Speaker => 0,
        PersonRole.Absent => 1,
        _ => 2,
    };

    /// <summary>For <see cref="JoinSingleWordNames"/>: a one-word name to look up.</summary>
    internal const int Undecided = -2;

    /// <summary>"Li" joins the one full name in its article that has the word "Li", else the one in the corpus.</summary>
    /// <param name="files">Each name's file.</param>
    /// <param name="keys">Each name's key.</param>
    /// <param name="firstWord">Each key's first word id, -1 for a one-word or empty key (see <see cref="NameWords"/>).</param>
    /// <param name="lastWord">Each key's last word id; for a one-word key the whole key's id.</param>
    /// <param name="sets">The sets joined so far.</param>
    /// <param name="joinedTo">Null, or per item filled with the item each one-word name joined (-1: none).</param>
    /// <param name="decided">Null, or per item: <see cref="Undecided"/> to look the name up, else the item it joins
    /// (-1: none), decided by an earlier run whose answer cannot have changed.</param>
    internal static void JoinSingleWordNames(string[] files, string[] keys, int[] firstWord, int[] lastWord, UnionFind sets, int[]? joinedTo = null, int[]? decided = null)
    {
        // Every full name's first and last words (by id), with the set each belonged to before any one-word name joined.
        var count = keys.Length;
        var words = 0;
        for (var i = 0; i < count; i++)
        {
            words = Math.Max(words, Math.Max(firstWord[i], lastWord[i]) + 1);
        }

        var root = new int[count];
        var corpus = new OwnerTable(words);
        for (var i = 0; i < count; i++)
        {
            if (firstWord[i] < 0)
            {
                continue;
            }

            root[i] = sets.Find(i);
            corpus.Add(firstWord[i], root[i], 0);
            corpus.Add(lastWord[i], root[i], 0);
        }

        // Items come article by article (sorted by file), so one file's names are one run of items;
        // the local table tells runs apart by stamp instead of being cleared.
        var local = new OwnerTable(words);
        var unresolved = new int[words];
        for (var w = 0; w < words; w++)
        {
            unresolved[w] = -1;
        }

        for (var runStart = 0; runStart < count;)
        {
            var runEnd = runStart + 1;
            while (runEnd < count && files[runEnd] == files[runStart])
            {
                runEnd++;
            }

            for (var i = runStart; i < runEnd; i++)
            {
                if (firstWord[i] >= 0)
                {
                    local.Add(firstWord[i], root[i], runStart + 1);
                    local.Add(lastWord[i], root[i], runStart + 1);
                }
            }

            for (var i = runStart; i < runEnd; i++)
            {
                var key = keys[i];
                if (joinedTo is not null)
                {
                    joinedTo[i] = -1;
                }

                if (key.Length == 0 || firstWord[i] >= 0)
                {
                    continue;
                }

                if (decided is not null && decided[i] != Undecided)
                {
                    if (decided[i] >= 0)
                    {
                        sets.Union(i, decided[i]);
                        joinedTo![i] = decided[i];
                    }

                    continue;
                }

                var word = lastWord[i];
                if (local.TryGet(word, runStart + 1, out var owner) || corpus.TryGet(word, 0, out owner))
                {
                    if (!owner.Many)
                    {
                        sets.Union(i, owner.Root);
                        if (joinedTo is not null)
                        {
                            joinedTo[i] = owner.Root;
                        }
                    }

                    continue;
                }

                // A name no full name explains ("Madonna"): one person across articles.
                if (unresolved[word] >= 0)
                {
                    sets.Union(unresolved[word], i);
                    if (joinedTo is not null)
                    {
                        joinedTo[i] = unresolved[word];
                    }
                }
                else
                {
                    unresolved[word] = i;
                }
            }

            runStart = runEnd;
        }
    }

    /// <summary>Per word id, the set whose full names hold it; entries count only under the stamp they were added with.</summary>
    private sealed class OwnerTable
    {
        private readonly NameOwner[] _owners;
        private readonly int[] _stamps;

        /// <summary>A table for word ids below <paramref name="words"/>.</summary>
        public OwnerTable(int words)
        {
            _owners = new NameOwner[words];
            _stamps = new int[words];
            for (var w = 0; w < words; w++)
            {
                _stamps[w] = -1;
            }
        }

        public void Add(int word, int root, int stamp)
        {
            if (_stamps[word] != stamp)
            {
                _stamps[word] = stamp;
                _owners[word] = new NameOwner(root, false);
            }
            else if (!_owners[word].Many && _owners[word].Root != root)
            {
                _owners[word] = new NameOwner(_owners[word].Root, true);
            }
        }

        public bool TryGet(int word, int stamp, out NameOwner owner)
        {
            if (word < _owners.Length && _stamps[word] == stamp)
            {
                owner = _owners[word];
                return true;
            }

            owner = default;
            return false;
        }
    }

    /// <summary>The set whose full names hold a word, or <see cref="Many"/> when more than one set does.</summary>
    private readonly struct NameOwner
    {
        public NameOwner(int root, bool many)
        {
            Root = root;
            Many = many;
        }

        public int Root { get; }

        public bool Many { get; }
    }
}
