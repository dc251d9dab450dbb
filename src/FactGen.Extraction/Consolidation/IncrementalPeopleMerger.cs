using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges people after an in-place edit, re-merging only the groups the edit can reach and every other group keeping
/// last run's person, place and title conflicts.
/// </summary>
/// <remarks>
/// Beyond the groups reached through a name key (<see cref="NameEdit{TResult}"/>), one-word names reach further: "Li" joins
/// the one set of full names that holds the word, so its answer changes when the sets holding the word change. Those sets
/// change only inside the groups reached through keys, or by the replaced documents' own names; their words are the words
/// whose answers may change, and every group holding such a word (as a full name's first or last word, or as a one-word
/// name) is reached as well. One-word names of any other word join what they joined last run, as they would again.
/// </remarks>
internal static class IncrementalPeopleMerger
{
    /// <summary>The merged people and names, or null when the caller must merge in full.</summary>
    public static (List<PersonFact> Merged, CanonicalNames Canonical)? Merge(
        IReadOnlyList<DocumentFacts> documents, List<FactDiagnostic> diagnostics, NameEdit<MergedFact<PersonFact>> edit)
    {
        var state = edit.State;
        var joins = state.Joins;
        if (joins is null)
        {
            return null;
        }

        // The words whose one-word answers may change: those of the replaced documents, old and new, and of every item
        // of a group reached through a key.
        var words = new HashSet<int>();
        for (var d = 0; d < edit.Replaced.Length; d++)
        {
            if (edit.Replaced[d])
            {
                AddWords(state.Keys[d].Words!, words);
                AddWords(edit.Keys[d].Words!, words);
            }
        }

        foreach (var g in edit.Reached)
        {
            foreach (var m in state.Groups[g]!.Members)
            {
                if (!edit.Replaced[m.Document])
                {
                    PeopleJoins.AddWords(state.Keys[m.Document].Words!, m.Index, words);
                }
            }
        }

        foreach (var word in words)
        {
            if (joins.ByWord.TryGetValue(word, out var holders))
            {
                foreach (var item in holders)
                {
                    edit.Reach(item);
                }
            }
        }

        var members = edit.Members(d => documents[d].People.Count);
        var localOf = new Dictionary<long, int>(members.Count);
        for (var k = 0; k < members.Count; k++)
        {
            localOf.Add(members[k].Order, k);
        }

        var count = members.Count;
        var facts = new PersonFact[count];
        var files = new string[count];
        var keys = new string[count];
        var aliasKeys = new string?[count][];
        var firstWord = new int[count];
        var lastWord = new int[count];
        var decided = new int[count];
        for (var k = 0; k < count; k++)
        {
            var (d, i) = (members[k].Document, members[k].Index);
            var own = edit.Keys[d];
            facts[k] = documents[d].People[i];
            files[k] = documents[d].Document.File;
            keys[k] = own.Names[i];
            aliasKeys[k] = own.Aliases[i];
            firstWord[k] = own.Words!.First[i];
            lastWord[k] = own.Words.Last[i];
            decided[k] = PeopleMerger.Undecided;
            if (!edit.Replaced[d] && firstWord[k] < 0 && lastWord[k] >= 0 && !words.Contains(lastWord[k]))
            {
                var target = joins.JoinedTo[d][i];
                if (target < 0)
                {
                    decided[k] = -1;
                }
                else if (!localOf.TryGetValue(target, out decided[k]))
                {
                    return null; // not in its group: never so, but then merge in full
                }
            }
        }

        // The same joins as the full merge, over the reached items (every item a join could link them to is among them).
        var sets = new UnionFind(count);
        NameJoins.ByName(files, keys, aliasKeys, new Dictionary<string, int>(System.StringComparer.Ordinal), sets, multiWordOnly: true);

        var joinedTo = new int[count];
        PeopleMerger.JoinSingleWordNames(files, keys, firstWord, lastWord, sets, joinedTo, decided);

        var groups = new Groups(sets, count);
        var added = new List<(ItemRef[] Members, MergedFact<PersonFact> Merged)>(groups.Count);
        var ballot = new Ballot();
        var names = new List<string>();
        var evidence = new List<FactEvidence>();
        var conflicts = new List<FactDiagnostic>();
        for (var g = 0; g < groups.Count; g++)
        {
            var start = groups.Start(g);
            var end = start + groups.Size(g);
            var own = groups.ItemsOf(g, members);

            conflicts.Clear();
            var person = PeopleMerger.MergeGroup(files, keys, facts, groups.Members, start, end, ballot, names, evidence, conflicts);
            added.Add((own, new MergedFact<PersonFact>(person, conflicts.ToArray())));
        }

        // Conflicts of the groups merged again give way to the new groups'; all of them go out in group order.
        foreach (var g in edit.Reached)
        {
            joins.Conflicts.Remove(state.Groups[g]!.Root);
        }

        foreach (var (own, result) in added)
        {
            if (result.Conflicts.Length > 0)
            {
                joins.Conflicts.Add(own[0].Order, result.Conflicts);
            }
        }

        foreach (var reported in joins.Conflicts.Values)
        {
            diagnostics.AddRange(reported);
        }

        for (var d = 0; d < edit.Replaced.Length; d++)
        {
            if (edit.Replaced[d])
            {
                joins.Index(d, state.Keys[d].Words!, remove: true);
                joins.Index(d, edit.Keys[d].Words!, remove: false);
                joins.JoinedTo[d] = new long[documents[d].People.Count];
            }
        }

        for (var k = 0; k < count; k++)
        {
            joins.JoinedTo[members[k].Document][members[k].Index] = joinedTo[k] < 0 ? -1 : members[joinedTo[k]].Order;
        }

        var merged = edit.Apply(
            documents,
            d => Names(documents[d].People.AsArray()),
            added,
            m => m.Fact,
            (a, b) => PeopleMerger.ByNameThenFirstFile(a.Name, a.Evidence, b.Name, b.Evidence),
            p => p.Name,
            out var canonical);
        return (merged, canonical);
    }

    private static void AddWords(NameWords words, HashSet<int> to)
    {
        for (var i = 0; i < words.Last.Length; i++)
        {
            PeopleJoins.AddWords(words, i, to);
        }
    }

    private static string[] Names(PersonFact[] people)
    {
        var names = new string[people.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = people[i].Name;
        }

        return names;
    }
}
