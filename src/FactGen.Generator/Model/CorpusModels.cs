using FactGen.Extraction;
using FactGen.Generator.Emit;

namespace FactGen.Generator.Model;

/// <summary>Every article consolidated, with the diagnostics already located in their files.</summary>
/// <param name="Corpus">The consolidated facts.</param>
/// <param name="Diagnostics">Engine and consolidation diagnostics, located.</param>
internal sealed record ConsolidatedCorpus(CorpusFacts Corpus, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Value equality; the same corpus instance (a cached consolidation) is equal without a deep walk.</summary>
    public bool Equals(ConsolidatedCorpus? other) =>
        other is not null
        && (ReferenceEquals(Corpus, other.Corpus) || Corpus.Equals(other.Corpus))
        && Diagnostics.Equals(other.Diagnostics);

    /// <inheritdoc />
    public override int GetHashCode() => Corpus.GetHashCode() ^ Diagnostics.GetHashCode();
}

/// <summary>The consolidation step's result, before its diagnostics are placed in their files.</summary>
/// <param name="Corpus">The consolidated facts (their diagnostics still as file, line and column).</param>
/// <param name="Failures">FactGen's own failures while consolidating (located nowhere).</param>
internal sealed record MergedCorpus(CorpusFacts Corpus, EquatableArray<DiagnosticInfo> Failures);

/// <summary>What the plan step produces: the emitter's input split into files, and every diagnostic to report.</summary>
/// <param name="Plan">The main file and the shards.</param>
/// <param name="Diagnostics">Everything to report, ordered.</param>
internal sealed record PlannedOutput(FactsPlan Plan, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What the main file's output step gets: its model and the diagnostics to report.</summary>
/// <param name="Main">The main file's model.</param>
/// <param name="Diagnostics">Everything to report.</param>
internal sealed record MainOutput(FactsMain Main, EquatableArray<DiagnosticInfo> Diagnostics);
