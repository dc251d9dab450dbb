using System;
using FactGen.Extraction;

namespace FactGen.Generator.Model;

/// <summary>
/// The line structure of a file as the engine counts lines ("\r\n", "\r" and "\n" each end one),
/// so that the engine's 1-based line, column and length (measured in its normalised text, where
/// every line end is one '\n') can be turned into offsets in the original file.
/// </summary>
/// <param name="Starts">Offset of each line's first character in the original text.</param>
/// <param name="Lengths">Length of each line without its line end.</param>
internal sealed record LineMap(EquatableArray<int> Starts, EquatableArray<int> Lengths)
{
    /// <summary>Builds the map of <paramref name="text"/>.</summary>
    public static LineMap Of(string text)
    {
        var starts = new System.Collections.Generic.List<int> { 0 };
        var lengths = new System.Collections.Generic.List<int>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r' && c != '\n')
            {
                continue;
            }

            lengths.Add(i - lineStart);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
            starts.Add(lineStart);
        }

        lengths.Add(text.Length - lineStart);
        return new LineMap(new EquatableArray<int>(starts.ToArray()), new EquatableArray<int>(lengths.ToArray()));
    }

    /// <summary>
    /// Locates the span the engine gives as 1-based <paramref name="line"/> and <paramref name="column"/>
    /// and <paramref name="length"/> (clamped to the file, so a stale or odd position never throws).
    /// </summary>
    public DiagnosticInfo Locate(string id, string message, string path, int line, int column, int length)
    {
        var lineCount = Starts.Count;
        var startLine = Math.Min(Math.Max(line, 1), lineCount) - 1;
        var startColumn = Math.Min(Math.Max(column, 1) - 1, Lengths[startLine]);

        var endLine = startLine;
        var endColumn = startColumn;
        var remaining = Math.Max(length, 0);
        while (remaining > Lengths[endLine] - endColumn && endLine + 1 < lineCount)
        {
            // The rest of this line plus its one normalised line end.
            remaining -= Lengths[endLine] - endColumn + 1;
            endLine++;
            endColumn = 0;
        }

        endColumn = Math.Min(endColumn + remaining, Lengths[endLine]);
        var start = Starts[startLine] + startColumn;
        var end = Starts[endLine] + endColumn;
        return new DiagnosticInfo(id, message, path, start, end - start, startLine, startColumn, endLine, endColumn);
    }
}
