using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Hostile;

/// <summary>
/// Extraction is linear, proven by counting operations rather than timing: each hostile shape at sizes
/// n, 2n, 4n and 8n, with the work the engine's inner loops report to <see cref="WorkMeter"/> plus one step
/// per character (the outer passes). Quadratic work would grow 64 times from n to 8n; linear grows 8 times.
/// </summary>
public sealed class HostileInputLinearityTests
{
    /// <summary>Linear, with a quarter for what does not scale exactly (lexicon words met once, rounding).</summary>
    private const double LinearBound = 8 * 1.25;

    /// <summary>
    /// Shapes that insert thousands of mentions in the middle of a person's sorted mention list: each insertion
    /// shifts the later ones (a block copy, counted a quarter step per item). Known, small, and capped by the budget.
    /// </summary>
    private static readonly HashSet<string> MentionInsertionShapes = new() { "speaker lists", "colons after names" };

    public static IEnumerable<object[]> Shapes() => HostileShapes.All.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Work_grows_linearly_with_the_input(string shape)
    {
        var make = HostileShapes.All[shape];
        const int n = 400;

        var work = new[] { 1, 2, 4, 8 }.Select(m => WorkOf(make(n * m))).ToArray();

        var bound = MentionInsertionShapes.Contains(shape) ? 8 * 1.5 : LinearBound;
        Assert.True(work[3] <= work[0] * bound,
            $"{shape}: work {string.Join(" / ", work)} for n, 2n, 4n, 8n grows faster than linearly ({(double)work[3] / work[0]:F1}x for 8x).");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Work_stays_far_below_the_budget_that_would_skip_the_article(string shape)
    {
        var text = HostileShapes.All[shape](3200);

        Assert.True(WorkOf(text) < WorkMeter.BudgetFor(text.Length) / 4, shape);
    }

    private static long WorkOf(string text)
    {
        WorkMeter.Reset();
        var facts = DocumentExtractor.Extract("hostile.txt", text);
        Assert.DoesNotContain(facts.Diagnostics, d => d.Id == DiagnosticIds.InternalError);
        return WorkMeter.Work + text.Length;
    }
}
