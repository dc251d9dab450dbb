using System;

namespace FactGen.Extraction.Text;

/// <summary>
/// Counts the steps of the engine's inner loops (the ones nested in a per-token, per-sentence, per-mention
/// or per-quote loop) for the article being analysed on this thread. Tests read it to prove extraction
/// is linear: work on an input of size 8n stays within about eight times the work on size n. The same count
/// guards the build against any quadratic case left: past a budget linear in the article's length the
/// article is given up with a diagnostic instead of running on for minutes.
/// </summary>
/// <remarks>
/// Loops add their count once at their end, so the meter costs a few additions per article step, not per
/// iteration. Thread-static: the CLI and the compiler analyse articles in parallel, one per thread.
/// </remarks>
internal static class WorkMeter
{
    /// <summary>Steps allowed per character of the article: real news text needs about one (at most 1.0 over the research corpora).</summary>
    public const long StepsPerCharacter = 200;

    /// <summary>Steps every article may take whatever its length (the lexicons and a short text need some).</summary>
    public const long BaseSteps = 1_000_000;

    [ThreadStatic]
    private static long _work;

    [ThreadStatic]
    private static long _budget;

    /// <summary>Steps counted on this thread since <see cref="Start"/>.</summary>
    public static long Work => _work;

    /// <summary>True when the last metered article ran past its budget.</summary>
    public static bool Exceeded => _budget > 0 && _work > _budget;

    /// <summary>The budget of an article of <paramref name="length"/> characters.</summary>
    public static long BudgetFor(int length) => BaseSteps + (StepsPerCharacter * length);

    /// <summary>Starts metering an article: resets the count and sets its budget.</summary>
    public static void Start(long budget)
    {
        _work = 0;
        _budget = budget;
    }

    /// <summary>Resets the count without a budget: tests measure an analysis this way.</summary>
    public static void Reset()
    {
        _work = 0;
        _budget = 0;
    }

    /// <summary>Stops enforcing a budget (the count stays readable, for tests).</summary>
    public static void Stop() => _budget = 0;

    /// <summary>Adds <paramref name="steps"/>; past the budget, stops the analysis.</summary>
    /// <exception cref="WorkLimitExceededException">The article's budget is spent.</exception>
    public static void Add(int steps)
    {
        _work += steps;
        if (_budget > 0 && _work > _budget)
        {
            throw new WorkLimitExceededException();
        }
    }
}

/// <summary>Thrown by <see cref="WorkMeter.Add"/> to stop an article whose analysis would not end in reasonable time.</summary>
internal sealed class WorkLimitExceededException : Exception
{
    public WorkLimitExceededException()
        : base("The article needs more work than its length allows.")
    {
    }
}
