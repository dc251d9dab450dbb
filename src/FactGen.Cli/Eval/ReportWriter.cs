using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactGen.Cli.Eval;

/// <summary>Prints an <see cref="EvalReport"/> in the layout of the shared score.py.</summary>
internal static class ReportWriter
{
    public static string ToText(EvalReport report)
    {
        var text = new StringBuilder();
        foreach (var s in report.Sets)
        {
            text.AppendLine(Invariant($"{s.Label,-26} P={s.Precision:0.00} R={s.Recall:0.00} F1={s.F1:0.00}"));
            List("missed", s.Missed);
            List("misattributed", s.Misattributed);
            List("spurious", s.Spurious);
            List("titlesAsSpeech", s.TitlesAsSpeech);
        }

        foreach (var e in report.Events)
        {
            var right = e.Fields.Count(f => f.Value);
            var fields = string.Join(", ", e.Fields.Select(f => $"{f.Key}: {(f.Value ? "ok" : "WRONG")}"));
            text.AppendLine(Invariant($"{e.Label,-26} fields {right}/{e.Fields.Count} {{{fields}}} figures F1={e.FiguresF1:0.00}"));
        }

        text.AppendLine(Invariant($"{"conflicts flagged",-26} {report.ConflictsFound}/{report.ConflictsTotal}"));
        text.AppendLine(Invariant($"macro F1 {report.MacroF1:0.000}"));
        return text.ToString();

        void List(string name, IReadOnlyList<string> items)
        {
            if (items.Count > 0)
            {
                text.AppendLine($"    {name}: {string.Join(" | ", items)}");
            }
        }
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
