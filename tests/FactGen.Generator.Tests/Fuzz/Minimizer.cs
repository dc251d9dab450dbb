using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace FactGen.Generator.Tests.Fuzz;

/// <summary>
/// Shrinks a failing article to a small one that still fails (delta debugging: drop ever smaller
/// chunks of lines, then of characters), within a time budget so a failing CI run still ends quickly.
/// </summary>
internal static class Minimizer
{
    public static string Minimize(string text, Func<string, bool> fails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var current = Shrink(text, SplitLines, string.Concat, fails, clock, budget);
        return Shrink(current, t => t.Select(c => c.ToString()).ToList(), string.Concat, fails, clock, budget);
    }

    private static string Shrink(string text, Func<string, List<string>> split, Func<IEnumerable<string>, string> join, Func<string, bool> fails, Stopwatch clock, TimeSpan budget)
    {
        var parts = split(text);
        for (var chunk = Math.Max(1, parts.Count / 2); chunk >= 1 && clock.Elapsed < budget; chunk /= 2)
        {
            var removed = true;
            while (removed && clock.Elapsed < budget)
            {
                removed = false;
                for (var start = 0; start < parts.Count && clock.Elapsed < budget;)
                {
                    var candidate = parts.Take(start).Concat(parts.Skip(start + chunk)).ToList();
                    if (candidate.Count < parts.Count && fails(join(candidate)))
                    {
                        parts = candidate;
                        removed = true;
                    }
                    else
                    {
                        start += chunk;
                    }
                }
            }

            if (chunk == 1)
            {
                break;
            }
        }

        return join(parts);
    }

    /// <summary>Lines with their line breaks kept, so joining them gives the text back.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }
}
