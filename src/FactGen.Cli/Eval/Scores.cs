using System.Collections.Generic;

namespace FactGen.Cli.Eval;

/// <summary>Precision, recall and F1 of one category, with what was missed and what was invented.</summary>
internal sealed record SetScore(string Label, double Precision, double Recall, double F1, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
{
    public IReadOnlyList<string> Misattributed { get; init; } = System.Array.Empty<string>();

    public IReadOnlyList<string> TitlesAsSpeech { get; init; } = System.Array.Empty<string>();

    public static (double P, double R, double F1) Prf(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 1.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }
}

/// <summary>How many of a gold event's fields came out right, and the F1 of its figures.</summary>
internal sealed record EventScore(string Label, IReadOnlyList<KeyValuePair<string, bool>> Fields, double FiguresF1);

/// <summary>Everything <c>factgen eval</c> reports.</summary>
internal sealed record EvalReport(IReadOnlyList<SetScore> Sets, IReadOnlyList<EventScore> Events, int ConflictsFound, int ConflictsTotal)
{
    /// <summary>Mean of every set's F1, every event's figure F1 and every event's share of right fields.</summary>
    public double MacroF1
    {
        get
        {
            var values = new List<double>();
            foreach (var s in Sets)
            {
                values.Add(s.F1);
            }

            foreach (var e in Events)
            {
                values.Add(e.FiguresF1);
            }

            foreach (var e in Events)
            {
                var right = 0;
                foreach (var f in e.Fields)
                {
                    right += f.Value ? 1 : 0;
                }

                values.Add((double)right / System.Math.Max(1, e.Fields.Count));
            }

            var sum = 0.0;
            foreach (var v in values)
            {
                sum += v;
            }

            return values.Count == 0 ? 0 : sum / values.Count;
        }
    }
}
