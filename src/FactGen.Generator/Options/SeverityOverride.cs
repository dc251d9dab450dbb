using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Options;

/// <summary>
/// A default severity chosen in the project file (<c>FactGenDiagnosticSeverity</c>, e.g. "FG0003=warning").
/// Severities from .globalconfig, NoWarn or WarningsAsErrors still apply on top, as for any analyzer.
/// </summary>
/// <param name="Id">The diagnostic id (FG0001...).</param>
/// <param name="Severity">The severity, or null for "none" (the diagnostic is not reported).</param>
internal sealed record SeverityOverride(string Id, DiagnosticSeverity? Severity);
