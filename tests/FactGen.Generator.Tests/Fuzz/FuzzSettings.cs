using System;
using System.Globalization;
using System.IO;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests.Fuzz;

/// <summary>
/// The fuzz run's knobs, from environment variables so a longer or different run needs no code
/// change (tools/fuzz.sh sets them): FACTGEN_FUZZ_SEED, FACTGEN_FUZZ_ITERATIONS (articles),
/// FACTGEN_FUZZ_BATCH (articles per compilation), FACTGEN_FUZZ_CORPUS (a folder of real
/// articles to borrow sentences from; default ../shared/corpora/bbc beside the repository, used
/// only when present, read at run time and never copied).
/// </summary>
internal sealed record FuzzSettings(int Seed, int Iterations, int BatchSize, string? CorpusFolder)
{
    /// <summary>The CI default: fixed, so every run checks the same articles; about a minute on two cores.</summary>
    public const int DefaultSeed = 20251122;

    public const int DefaultIterations = 2400;

    public const int DefaultBatchSize = 120;

    public static FuzzSettings FromEnvironment()
    {
        var corpus = Environment.GetEnvironmentVariable("FACTGEN_FUZZ_CORPUS");
        if (string.IsNullOrEmpty(corpus))
        {
            corpus = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", "bbc"));
        }

        return new FuzzSettings(
            Int("FACTGEN_FUZZ_SEED", DefaultSeed),
            Math.Max(1, Int("FACTGEN_FUZZ_ITERATIONS", DefaultIterations)),
            Math.Max(1, Int("FACTGEN_FUZZ_BATCH", DefaultBatchSize)),
            Directory.Exists(corpus) ? corpus : null);
    }

    /// <summary>How to run exactly this again.</summary>
    public string Reproduce =>
        $"FACTGEN_FUZZ_SEED={Seed} FACTGEN_FUZZ_ITERATIONS={Iterations} FACTGEN_FUZZ_BATCH={BatchSize} " +
        $"FACTGEN_FUZZ_CORPUS={CorpusFolder ?? "(none)"} tools/fuzz.sh";

    private static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
