using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Extraction.Events;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Reconciles the figures of one event across articles: the same value of the same counted noun
/// ("more than 800 companies", "800+ companies") is one figure with every source. Two values of the
/// same thing ("30 countries" here, "40 countries" there) are a conflict, reported at the value fewer
/// articles state, unless one article states both (then they count different things).
/// </summary>
internal static class FigureReconciler
{
    public static List<FigureFact> Reconcile(List<(string File, FigureFact Figure)> figures, List<FactDiagnostic> diagnostics)
    {
        if (figures.Count == 0)
        {
            return new List<FigureFact>(); // most events state no figure
        }

        var groups = figures
            .GroupBy(f => (f.Figure.Value, Head: EventRecognizer.UnitHead(f.Figure.Unit)))
            .OrderBy(g => g.Key.Head, StringComparer.Ordinal).ThenBy(g => g.Key.Value)
            .ToList();

        var merged = new List<(FigureFact Fact, HashSet<string> Files)>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            var unit = Evidence.Majority(members.Select(m => ((string?)m.Figure.Unit, m.File)), ShorterFirst)!;
            var qualifier = members.GroupBy(m => m.Figure.Qualifier)
                .OrderByDescending(g => g.Select(m => m.File).Distinct(StringComparer.Ordinal).Count())
                .ThenByDescending(g => g.Key != FigureQualifier.Exact)
                .ThenBy(g => g.Key)
                .First().Key;
            var fact = new FigureFact(group.Key.Value, unit, qualifier, Evidence.Merge(members.Select(m => m.Figure.Evidence)));
            merged.Add((fact, new HashSet<string>(members.Select(m => m.File), StringComparer.Ordinal)));
        }

        ReportConflicts(merged, diagnostics);
        return merged.Select(m => m.Fact).ToList();
    }

    private static void ReportConflicts(List<(FigureFact Fact, HashSet<string> Files)> merged, List<FactDiagnostic> diagnostics)
    {
        foreach (var sameHead in merged.GroupBy(m => EventRecognizer.UnitHead(m.Fact.Unit)))
        {
            var values = sameHead.ToList();
            for (var i = 0; i < values.Count; i++)
            {
                for (var j = 0; j < values.Count; j++)
                {
                    var (minority, majority) = (values[i], values[j]);
                    var fewer = minority.Files.Count < majority.Files.Count
                        || (minority.Files.Count == majority.Files.Count && minority.Fact.Value > majority.Fact.Value);
                    if (i == j || !fewer || minority.Files.Overlaps(majority.Files) || !SameThing(minority.Fact.Unit, majority.Fact.Unit)
                        || !Comparable(minority.Fact.Value, majority.Fact.Value))
                    {
                        continue;
                    }

                    var at = minority.Fact.Evidence[0];
                    diagnostics.Add(new FactDiagnostic(
                        DiagnosticIds.ConflictingFacts,
                        FactSeverity.Warning,
                        $"This article counts {Format(minority.Fact.Value)} {minority.Fact.Unit}; {majority.Files.Count} other article(s) count {Format(majority.Fact.Value)} {majority.Fact.Unit}.",
                        at.File,
                        at.Line,
                        at.Column,
                        at.Length));
                    break;
                }
            }
        }
    }

    /// <summary>The shorter unit's words all occur in the longer ("devices" and "AI-powered devices", not "wearable devices").</summary>
    private static bool SameThing(string a, string b)
    {
        var wa = TextKeys.Words(TextKeys.Key(a));
        var wb = TextKeys.Words(TextKeys.Key(b));
        var (shorter, longer) = wa.Length <= wb.Length ? (wa, wb) : (wb, wa);
        return shorter.Take(shorter.Length - 1).All(w => longer.Contains(w));
    }

    /// <summary>Reports of one count differ by rounding or updates, not by an order of magnitude ("21 films" and "350 films" count different things).</summary>
    private static bool Comparable(decimal a, decimal b) => a > 0 && b > 0 && Math.Max(a, b) <= 2 * Math.Min(a, b);

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static readonly IComparer<string> ShorterFirst = Comparer<string>.Create((a, b) =>
    {
        var c = a.Length.CompareTo(b.Length);
        return c != 0 ? c : string.CompareOrdinal(a, b);
    });
}
