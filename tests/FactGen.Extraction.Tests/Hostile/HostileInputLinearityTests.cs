using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Hostile;

/// <summary>
/// Extraction is linear, proven by counting operations rather than timing: each hostile shape at sizes
/// n, 2n, 4n and 8n, with the work the engine's inner loops report to <see cref="WorkMeter"/> plus one step
/// per character (the outer passes). The test compares growth, not totals, so a fixed cost (lexicons, a
/// look-back window that fills up) does not hide anything: for work a·n + b, going from 4n to 8n adds four
/// times what going from n to 2n added; for quadratic work it adds sixteen times as much.
/// </summary>
public sealed class HostileInputLinearityTests
{
    /// <summary>Linear (4), with a quarter for what does not scale exactly (rounding, words met once).</summary>
    private const double LinearBound = 4 * 1.25;

    /// <summary>
    /// Shapes that insert thousands of mentions in the middle of the article's sorted mention list: each
    /// insertion shifts the later ones, a block copy counted as a quarter step per item. It is the one
    /// super-linear term left (a 4 MB article of this shape takes about two seconds); it stays under the
    /// budget, which would end it.
    /// </summary>
    private static readonly HashSet<string> MentionInsertionShapes = new() { "colons after names", "speaker lists" };

    public static IEnumerable<object[]> Shapes() => HostileShapes.All.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Work_grows_linearly_with_the_input(string shape)
    {
        var make = HostileShapes.All[shape];
        const int n = 400;

        var work = new[] { 1, 2, 4, 8 }.Select(m => WorkOf(make(n * m))).ToArray();

        var growth = (double)(work[3] - work[2]) / (work[1] - work[0]);
        var bound = MentionInsertionShapes.Contains(shape) ? 4 * 1.5 : LinearBound;
        Assert.True(growth <= bound,
            $"{shape}: work {string.Join(" / ", work)} for n, 2n, 4n, 8n grows faster than linearly (4n to 8n added {growth:F1} times what n to 2n added).");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Work_stays_far_below_the_budget_that_would_skip_the_article(string shape)
    {
        var text = HostileShapes.All[shape](3200);

        Assert.True(WorkOf(text) < WorkMeter.BudgetFor(text.Length) / 2, shape);
    }

    private static long WorkOf(string text)
    {
        WorkMeter.Reset();
        var facts = DocumentExtractor.Extract("hostile.txt", text);
        Assert.DoesNotContain(facts.Diagnostics, d => d.Id == DiagnosticIds.InternalError);
        return WorkMeter.Work + text.Length;
    }
}
