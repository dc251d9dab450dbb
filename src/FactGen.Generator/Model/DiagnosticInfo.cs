using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generator.Model;

/// <summary>
/// A diagnostic to report, held as plain values so pipeline models stay equatable and hold no
/// Roslyn objects that would defeat caching.
/// </summary>
/// <param name="Id">FG0001...</param>
/// <param name="Message">The message (the descriptor's format is "{0}").</param>
/// <param name="Path">Full path of the file it points into, or null for <see cref="Location.None"/>.</param>
/// <param name="Start">Start offset in the file's text.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="StartLine">0-based start line.</param>
/// <param name="StartColumn">0-based start column.</param>
/// <param name="EndLine">0-based end line.</param>
/// <param name="EndColumn">0-based end column.</param>
/// <param name="Severity">The severity chosen in the project file, or null for the descriptor's default.</param>
internal sealed record DiagnosticInfo(
    string Id,
    string Message,
    string? Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    DiagnosticSeverity? Severity = null)
{
    /// <summary>A diagnostic located nowhere (options, internal failures outside any file).</summary>
    public static DiagnosticInfo Nowhere(string id, string message) => new(id, message, null, 0, 0, 0, 0, 0, 0);

    /// <summary>Creates the Roslyn diagnostic with the catalogue's descriptor for <see cref="Id"/>.</summary>
    public Diagnostic ToDiagnostic()
    {
        var location = Path is null
            ? Location.None
            : Location.Create(
                Path,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
        var descriptor = DiagnosticDescriptors.For(Id);
        return Severity is { } chosen
            ? Diagnostic.Create(descriptor, location, chosen, additionalLocations: null, properties: null, Message)
            : Diagnostic.Create(descriptor, location, Message);
    }
}
