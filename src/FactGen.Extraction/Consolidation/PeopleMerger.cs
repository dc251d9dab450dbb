using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges the people of many articles. Two mentions are one person when their full names match,
/// or one's full name is the other's multi-word alias. A one-word name ("Li") joins a full name
/// only with evidence: its own article has exactly one person of that name word, or else the whole
/// corpus has exactly one. Roles: speaker beats absent beats mentioned; titles are unioned.
/// </summary>
internal static class PeopleMerger
{
    public static List<PersonFact> Merge(IReadOnlyList<DocumentFacts> documents, Dictionary<(string File, string Name), string> canonical, List<FactDiagnostic> diagnostics)
    {
        var items = new List<(string File, PersonFact Fact, string Key)>();
        foreach (var d in documents)
        {
            foreach (var p in d.People)
            {
                items.Add((d.Document.File, p, TextKeys.Key(p.Name)));
            }
        }

        var sets = new UnionFind(items.Count);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Key.IndexOf(' ') < 0)
            {
                continue; // one-word names need evidence: see JoinSingleWordNames
            }

            if (byName.TryGetValue(items[i].Key, out var first))
            {
                sets.Union(first, i);
            }
            else
            {
                byName[items[i].Key] = i;
            }
        }

        // A multi-word alias that is someone's full name ("Bill Gates" as an alias of "William Gates").
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var alias in items[i].Fact.Aliases)
            {
                var key = TextKeys.Key(alias);
                if (key.IndexOf(' ') > 0 && byName.TryGetValue(key, out var other) && items[other].File != items[i].File)
                {
                    sets.Union(i, other);
                }
            }
        }

        JoinSingleWordNames(items, sets);

        var groups = Enumerable.Range(0, items.Count).GroupBy(sets.Find).OrderBy(g => g.Key);
        var people = new List<PersonFact>();
        foreach (var group in groups)
        {
            var members = group.Select(i => items[i]).ToList();
            var full = members.Where(m => m.Key.IndexOf(' ') > 0).ToList();
            var name = Evidence.Majority((full.Count > 0 ? full : members).Select(m => ((string?)m.Fact.Name, m.File)), NamePreference)!;
            var aliases = Evidence.OtherNames(members.Select(m => (m.Fact.Name, m.Fact.Aliases)), name);
            // "Vice-Foreign Minister" and "vice foreign minister" are one title, written as most articles write it.
            var titles = members.SelectMany(m => m.Fact.Titles.Select(t => (Title: t, m.File)))
                .GroupBy(t => TextKeys.Key(t.Title), StringComparer.Ordinal)
                .Select(g => Evidence.Majority(g.Select(t => ((string?)t.Title, t.File)), StringComparer.Ordinal)!)
                .ToList();

            TitleConflicts.Report(name, members.Select(m => (m.File, m.Fact)).ToList(), diagnostics);
            var role = members.Select(m => m.Fact.Role).OrderBy(RoleRank).First();
            people.Add(new PersonFact(name, aliases, titles.ToEquatableArray(), role, Evidence.Merge(members.Select(m => m.Fact.Evidence))));
            foreach (var m in members)
            {
                canonical[(m.File, m.Fact.Name)] = name;
            }
        }

        return people.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Evidence.Count == 0 ? string.Empty : p.Evidence[0].File, StringComparer.Ordinal).ToList();
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

    /// <summary>"Li" joins the one full name in its article that has the word "Li", else the one in the corpus.</summary>
    private static void JoinSingleWordNames(List<(string File, PersonFact Fact, string Key)> items, UnionFind sets)
    {
        var corpus = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var perFile = new Dictionary<(string, string), HashSet<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            var words = TextKeys.Words(items[i].Key);
            if (words.Length < 2)
            {
                continue;
            }

            foreach (var word in new[] { words[0], words[words.Length - 1] })
            {
                Add(corpus, word, sets.Find(i));
                Add(perFile, (items[i].File, word), sets.Find(i));
            }
        }

        var unresolved = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = items[i].Key;
            if (key.Length == 0 || key.IndexOf(' ') >= 0)
            {
                continue;
            }

            if (perFile.TryGetValue((items[i].File, key), out var local))
            {
                if (local.Count == 1)
                {
                    sets.Union(i, local.First());
                }

                continue;
            }

            if (corpus.TryGetValue(key, out var global))
            {
                if (global.Count == 1)
                {
                    sets.Union(i, global.First());
                }

                continue;
            }

            // A name no full name explains ("Madonna"): one person across articles.
            if (unresolved.TryGetValue(key, out var same))
            {
                sets.Union(same, i);
            }
            else
            {
                unresolved[key] = i;
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, HashSet<int>> index, TKey key, int root)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<int>();
        }

        set.Add(root);
    }
}
