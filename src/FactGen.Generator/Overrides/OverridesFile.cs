using FactGen.Extraction;
using FactGen.Generator.Model;

namespace FactGen.Generator.Overrides;

/// <summary>One parsed overrides file.</summary>
/// <param name="Path">Full path (files are applied in path order).</param>
/// <param name="Entries">Its valid lines, in order.</param>
/// <param name="Diagnostics">FG0009 for each line that does not parse, FG0005 when the file cannot be read.</param>
internal sealed record OverridesFile(string Path, EquatableArray<OverrideEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics);
