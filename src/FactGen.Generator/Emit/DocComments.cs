using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Extraction;

namespace FactGen.Generator.Emit;

/// <summary>The XML docs of generated members: a summary, the other names and the evidence they quote.</summary>
internal static class DocComments
{
    /// <summary>Evidence quoted in each member's docs; the rest is counted.</summary>
    private const int QuotedEvidence = 2;

    public static void Write(IndentedWriter w, string summary, EquatableArray<FactEvidence> evidence, EquatableArray<string> aliases = default)
    {
        w.Line($"/// <summary>{CSharpText.Doc(summary, 400)}</summary>");
        // One quoted sentence per file and line; the rest is only counted.
        var seen = new HashSet<(string, int)>();
        var quoted = new List<FactEvidence>(QuotedEvidence);
        var files = new HashSet<string>(System.StringComparer.Ordinal);
        var lines = 0;
        foreach (var e in evidence.AsArray())
        {
            files.Add(e.File);
            if (seen.Add((e.File, e.Line)))
            {
                lines++;
                if (quoted.Count < QuotedEvidence)
                {
                    quoted.Add(e);
                }
            }
        }

        if (quoted.Count == 0 && aliases.Count == 0)
        {
            return;
        }

        w.Line("/// <remarks>");
        if (aliases.Count > 0)
        {
            w.Line($"/// <para>Also named: {CSharpText.Doc(string.Join(", ", aliases), 400)}.</para>");
        }

        if (quoted.Count > 0)
        {
            w.Line($"/// <para>Evidence ({Count(evidence.Count, "mention")} in {Count(files.Count, "article")}):</para>");
            w.Line("/// <list type=\"bullet\">");
            foreach (var e in quoted)
            {
                w.Line($"/// <item><description>{CSharpText.Doc(e.File)}:{e.Line}: \u201C{CSharpText.Doc(e.Sentence)}\u201D</description></item>");
            }

            if (lines > quoted.Count)
            {
                w.Line($"/// <item><description>\u2026 and {lines - quoted.Count} more.</description></item>");
            }

            w.Line("/// </list>");
        }

        w.Line("/// </remarks>");
    }

    public static string EventDetails(EventFact e)
    {
        var parts = new List<string>();
        if (e.City is not null || e.Country is not null)
        {
            parts.Add(string.Join(", ", new[] { e.City, e.Country }.Where(p => p is not null)));
        }

        if (e.StartDate is not null)
        {
            parts.Add(e.EndDate is not null && e.EndDate != e.StartDate ? $"{e.StartDate} to {e.EndDate}" : e.StartDate);
        }

        return parts.Count == 0 ? string.Empty : " (" + string.Join(", ", parts) + ")";
    }

    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    public static string Role(PersonRole role) => role switch
    {
        PersonRole.Speaker => "speaker",
        PersonRole.Absent => "absent",
        _ => "mentioned",
    };

    public static string Kind(OrganizationKind kind) => kind.ToString().ToLowerInvariant();

    public static string Qualifier(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.MoreThan => "more than ",
        FigureQualifier.LessThan => "fewer than ",
        FigureQualifier.About => "about ",
        _ => string.Empty,
    };
}
