using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges the organizations of many articles by name, or by an alias that is another's name
/// ("IMF" beside "International Monetary Fund (IMF)"). Kind: the one most articles give;
/// role: participant beats mentioned.
/// </summary>
internal static class OrganizationMerger
{
    public static List<OrganizationFact> Merge(IReadOnlyList<DocumentFacts> documents, Dictionary<(string File, string Name), string> canonical)
    {
        var items = new List<(string File, OrganizationFact Fact, string Key)>();
        foreach (var d in documents)
        {
            foreach (var o in d.Organizations)
            {
                items.Add((d.Document.File, o, TextKeys.Key(o.Name)));
            }
        }

        var sets = new UnionFind(items.Count);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (byName.TryGetValue(items[i].Key, out var first))
            {
                sets.Union(first, i);
            }
            else
            {
                byName[items[i].Key] = i;
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            foreach (var alias in items[i].Fact.Aliases)
            {
                // Two organizations one article kept apart stay apart.
                if (byName.TryGetValue(TextKeys.Key(alias), out var other) && items[other].File != items[i].File)
                {
                    sets.Union(i, other);
                }
            }
        }

        var organizations = new List<OrganizationFact>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(sets.Find).OrderBy(g => g.Key))
        {
            var members = group.Select(i => items[i]).ToList();
            var name = Evidence.Majority(members.Select(m => ((string?)m.Fact.Name, m.File)), PeopleMerger.NamePreference)!;
            var aliases = Evidence.OtherNames(members.Select(m => (m.Fact.Name, m.Fact.Aliases)), name);
            var kind = members.GroupBy(m => m.Fact.Kind)
                .OrderByDescending(g => g.Select(m => m.File).Distinct(StringComparer.Ordinal).Count())
                .ThenBy(g => g.Key)
                .First().Key;
            var role = members.Any(m => m.Fact.Role == OrganizationRole.Participant) ? OrganizationRole.Participant : OrganizationRole.Mentioned;
            organizations.Add(new OrganizationFact(name, aliases, kind, role, Evidence.Merge(members.Select(m => m.Fact.Evidence))));
            foreach (var m in members)
            {
                canonical[(m.File, m.Fact.Name)] = name;
            }
        }

        return organizations.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Evidence.Count == 0 ? string.Empty : o.Evidence[0].File, StringComparer.Ordinal).ToList();
    }
}
