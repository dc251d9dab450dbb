using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Titles of one person that cannot both hold: the same office with and without a rank word
/// ("Foreign Minister" in one article, "Vice Foreign Minister" in another). Reported at the
/// person's first mention in the article with the title fewer articles give, unless one article
/// gives both (then the person held both, or the text explains it).
/// </summary>
internal static class TitleConflicts
{
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "vice", "deputy", "acting", "assistant", "interim", "under", "junior", "associate",
    };

    /// <summary>True when some title begins with a rank word: without one, every office has one rank and nothing conflicts.</summary>
    public static bool AnyRanked(PersonFact[] facts, int[] members, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            foreach (var title in facts[members[k]].Titles.AsArray())
            {
                var key = TextKeys.Key(title);
                var space = key.IndexOf(' ');
                if (RankWords.Contains(space < 0 ? key : key.Substring(0, space)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static void Report(string person, List<(string File, PersonFact Fact)> members, List<FactDiagnostic> diagnostics)
    {
        var stated = new List<(string Office, string Rank, string Title, string File, PersonFact Fact)>();
        foreach (var (file, fact) in members)
        {
            foreach (var title in fact.Titles)
            {
                var words = TextKeys.Words(TextKeys.Key(title));
                var rank = words.TakeWhile(RankWords.Contains).ToArray();
                var office = string.Join(" ", words.Skip(rank.Length));
                if (office.Length > 0)
                {
                    stated.Add((office, string.Join(" ", rank), title, file, fact));
                }
            }
        }

        foreach (var office in stated.GroupBy(s => s.Office, StringComparer.Ordinal))
        {
            var ranks = office.GroupBy(s => s.Rank, StringComparer.Ordinal)
                .Select(g => (Rank: g.Key, Files: new HashSet<string>(g.Select(s => s.File), StringComparer.Ordinal), First: g.First()))
                .OrderByDescending(r => r.Files.Count).ThenBy(r => r.Rank, StringComparer.Ordinal)
                .ToList();
            if (ranks.Count < 2 || ranks[0].Files.Count == ranks[1].Files.Count)
            {
                continue; // agreement, or no majority to prefer
            }

            var majority = ranks[0];
            foreach (var minority in ranks.Skip(1))
            {
                if (minority.Files.Overlaps(majority.Files) || minority.First.Fact.Evidence.Count == 0)
                {
                    continue;
                }

                var at = minority.First.Fact.Evidence[0];
                diagnostics.Add(new FactDiagnostic(
                    DiagnosticIds.ConflictingFacts,
                    FactSeverity.Warning,
                    $"{person} is '{minority.First.Title}' here, but '{majority.First.Title}' in {majority.Files.Count} other article(s).",
                    at.File,
                    at.Line,
                    at.Column,
                    at.Length));
            }
        }
    }
}
