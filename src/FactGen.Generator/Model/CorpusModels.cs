using FactGen.Extraction;

namespace FactGen.Generator.Model;

/// <summary>Every article consolidated, with the diagnostics already located in their files.</summary>
/// <param name="Corpus">The consolidated facts.</param>
/// <param name="Diagnostics">Engine and consolidation diagnostics, located.</param>
internal sealed record ConsolidatedCorpus(CorpusFacts Corpus, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What the emit step produces.</summary>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="Source">The generated source, or null when nothing could be generated.</param>
/// <param name="Diagnostics">Everything to report.</param>
internal sealed record GeneratedOutput(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
