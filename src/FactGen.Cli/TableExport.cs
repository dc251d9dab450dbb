using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Extraction;

namespace FactGen.Cli;

/// <summary>A readable summary of the facts for people at a terminal.</summary>
internal static class TableExport
{
    public static string ToText(CorpusFacts facts)
    {
        var text = new StringBuilder();
        foreach (var e in facts.Events)
        {
            text.AppendLine($"EVENT  {e.Name}" + (e.Aliases.Count > 0 ? $" ({string.Join(", ", e.Aliases)})" : string.Empty));
            text.AppendLine($"  where  {e.City ?? "?"}, {e.Country ?? "?"}");
            text.AppendLine($"  when   {e.StartDate ?? "?"} .. {e.EndDate ?? "?"}");
            if (e.Theme is not null)
            {
                text.AppendLine($"  theme  {e.Theme}");
            }

            foreach (var f in e.Figures)
            {
                text.AppendLine($"  figure {Names.Of(f.Qualifier),-9} {f.Value.ToString(CultureInfo.InvariantCulture),8} {f.Unit}  [{Where(f.Evidence)}]");
            }
        }

        text.AppendLine();
        text.AppendLine("PEOPLE");
        foreach (var p in facts.People)
        {
            var titles = p.Titles.Count > 0 ? " — " + string.Join("; ", p.Titles) : string.Empty;
            text.AppendLine($"  {Names.Of(p.Role),-9} {p.Name}{titles}  [{Where(p.Evidence)}]");
        }

        text.AppendLine();
        text.AppendLine("ORGANIZATIONS");
        foreach (var o in facts.Organizations)
        {
            text.AppendLine($"  {Names.Of(o.Role),-11} {Names.Of(o.Kind),-10} {o.Name}  [{Where(o.Evidence)}]");
        }

        text.AppendLine();
        text.AppendLine("QUOTES");
        foreach (var q in facts.Quotes)
        {
            var partial = q.Partial ? " (partial)" : string.Empty;
            text.AppendLine($"  {q.Speaker ?? "(unattributed)"}{partial}: \u201C{q.Text}\u201D  [{Where(q.Evidence)}]");
        }

        if (facts.Diagnostics.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("DIAGNOSTICS");
            foreach (var d in facts.Diagnostics)
            {
                text.AppendLine($"  {d.File}({d.Line},{d.Column}): {Names.Of(d.Severity)} {d.Id}: {d.Message}");
            }
        }

        return text.ToString();
    }

    private static string Where(EquatableArray<FactEvidence> evidence) =>
        string.Join(", ", evidence.Take(3).Select(e => $"{e.File}:{e.Line}")) + (evidence.Count > 3 ? $", +{evidence.Count - 3}" : string.Empty);
}
