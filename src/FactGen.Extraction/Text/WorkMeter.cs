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
/// iteration. Thread-static: the CLI and the compiler analyse articles in parallel, one per thread. A caller
/// that adds many times (the people index) keeps its thread's <see cref="Meter"/> instead of reading the
/// thread-static on every step.
/// </remarks>
internal static class WorkMeter
{
    /// <summary>Steps allowed per character of the article: real news text needs about one (at most 1.0 over the research corpora).</summary>
    public const long StepsPerCharacter = 200;

    /// <summary>Steps every article may take whatever its length (the lexicons and a short text need some).</summary>
    public const long BaseSteps = 1_000_000;

    [ThreadStatic]
    private static Meter? _meter;

    /// <summary>This thread's meter; the same object for the thread's whole life, so it may be kept.</summary>
    public static Meter Current => _meter ??= new Meter();

    /// <summary>Steps counted on this thread since <see cref="Start"/>.</summary>
    public static long Work => Current.Work;

    /// <summary>True when the last metered article ran past its budget.</summary>
    public static bool Exceeded => Current.Budget > 0 && Current.Work > Current.Budget;

    /// <summary>The budget of an article of <paramref name="length"/> characters.</summary>
    public static long BudgetFor(int length) => BaseSteps + (StepsPerCharacter * length);

    /// <summary>Starts metering an article: resets the count and sets its budget.</summary>
    public static void Start(long budget)
    {
        var meter = Current;
        meter.Work = 0;
        meter.Budget = budget;
    }

    /// <summary>Resets the count without a budget: tests measure an analysis this way.</summary>
    public static void Reset() => Start(0);

    /// <summary>Stops enforcing a budget (the count stays readable, for tests).</summary>
    public static void Stop() => Current.Budget = 0;

    /// <summary>Adds <paramref name="steps"/>; past the budget, stops the analysis.</summary>
    /// <exception cref="WorkLimitExceededException">The article's budget is spent.</exception>
    public static void Add(int steps) => Current.Add(steps);
}

/// <summary>One thread's count of steps and budget (see <see cref="WorkMeter"/>).</summary>
internal sealed class Meter
{
    /// <summary>Steps counted since the article started.</summary>
    public long Work;

    /// <summary>The article's budget; 0 when none is enforced.</summary>
    public long Budget;

    /// <summary>Adds <paramref name="steps"/>; past the budget, stops the analysis.</summary>
    /// <exception cref="WorkLimitExceededException">The article's budget is spent.</exception>
    public void Add(int steps)
    {
        Work += steps;
        if (Budget > 0 && Work > Budget)
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
