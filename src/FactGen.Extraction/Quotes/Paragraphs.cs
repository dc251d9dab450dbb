using System.Collections.Generic;

namespace FactGen.Extraction.Quotes;

/// <summary>A paragraph: one non-blank line of the article.</summary>
/// <param name="Start">Offset of its first non-blank character.</param>
/// <param name="End">Offset just past its last non-blank character.</param>
internal readonly record struct Paragraph(int Start, int End);

/// <summary>Splits an article into paragraphs (news text puts one paragraph per line).</summary>
internal static class Paragraphs
{
    /// <summary>The paragraphs of <paramref name="text"/>, into <paramref name="result"/> (emptied first): a list the caller reuses.</summary>
    public static List<Paragraph> Split(string text, List<Paragraph> result)
    {
        result.Clear();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var start = lineStart;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                result.Add(new Paragraph(start, end));
            }

            lineStart = lineEnd + 1;
        }

        return result;
    }
}
