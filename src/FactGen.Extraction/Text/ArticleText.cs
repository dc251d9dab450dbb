using System;
using System.Collections.Generic;
using System.Text;

namespace FactGen.Extraction.Text;

/// <summary>
/// An article's text, normalised for analysis, with a map from offsets to 1-based line and column.
/// Normalisation never changes a line's length or the number of lines, so positions found in the
/// normalised text are positions in the original file: line endings become '\n' (a "\r\n" pair keeps
/// its place in the line count), non-breaking and other exotic spaces become ' '.
/// </summary>
public sealed class ArticleText
{
    private readonly int[] _lineStarts;

    private ArticleText(string file, string text, int[] lineStarts)
    {
        File = file;
        Text = text;
        _lineStarts = lineStarts;
    }

    /// <summary>The file name used in evidence.</summary>
    public string File { get; }

    /// <summary>The normalised text ('\n' line ends, plain spaces).</summary>
    public string Text { get; }

    /// <summary>Number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Builds the analysis text from decoded file contents.</summary>
    public static ArticleText Create(string file, string contents)
    {
        if (contents is null)
        {
            throw new ArgumentNullException(nameof(contents));
        }

        // Most files need no normalisation: keep their string and only count the lines.
        var lines = 1;
        var clean = true;
        foreach (var c in contents)
        {
            if (c is >= ' ' and < '\u007F')
            {
                continue;
            }

            if (c == '\n')
            {
                lines++;
            }
            else if (c == '\r' || NormaliseChar(c) != c)
            {
                clean = false;
                break;
            }
        }

        return clean ? new ArticleText(file, contents, LineStartsOf(contents, lines)) : Normalise(file, contents);
    }

    private static int[] LineStartsOf(string text, int lines)
    {
        var lineStarts = new int[lines];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts[line++] = i + 1;
        }

        return lineStarts;
    }

    private static ArticleText Normalise(string file, string contents)
    {
        var chars = new char[contents.Length];
        var length = 0;
        var lines = 1;
        for (var i = 0; i < contents.Length; i++)
        {
            var c = contents[i];
            if (c == '\r')
            {
                if (i + 1 < contents.Length && contents[i + 1] == '\n')
                {
                    i++;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                lines++;
                chars[length++] = '\n';
                continue;
            }

            chars[length++] = NormaliseChar(c);
        }

        var text = new string(chars, 0, length);
        return new ArticleText(file, text, LineStartsOf(text, lines));
    }

    /// <summary>
    /// Decodes raw file bytes: UTF-16 with a BOM, else UTF-8 (with or without BOM). Bytes that are not
    /// valid UTF-8 are read as Windows-1252, the usual encoding of older news text, so nothing is lost.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="invalidUtf8">Where the UTF-8 reading stopped (1-based line and column of the first invalid
    /// byte, as an editor shows them) when the Windows-1252 fallback was used; otherwise null.</param>
    public static string Decode(byte[] bytes, out (int Line, int Column)? invalidUtf8)
    {
        invalidUtf8 = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            invalidUtf8 = PositionOf(StrictUtf8.GetString(bytes, offset, ex.Index));
            return DecodeWindows1252(bytes);
        }
    }

    /// <summary>Line and column just past <paramref name="validPrefix"/>.</summary>
    private static (int Line, int Column) PositionOf(string validPrefix)
    {
        var lineStart = validPrefix.LastIndexOf('\n') + 1;
        var line = 1;
        foreach (var c in validPrefix)
        {
            line += c == '\n' ? 1 : 0;
        }

        return (line, validPrefix.Length - lineStart + 1);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F, where it has curly quotes, dashes and the euro
    // sign; netstandard2.0 has no code-page encodings without an extra package, so the table is here.
    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static string DecodeWindows1252(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    /// <summary>The 1-based line of an offset in <see cref="Text"/>.</summary>
    public int LineOf(int offset)
    {
        return LastAtOrBefore(_lineStarts, offset) + 1;
    }

    /// <summary>
    /// Index of the last element of the strictly increasing <paramref name="sorted"/> that is at most
    /// <paramref name="value"/>, or -1: what <c>Array.BinarySearch</c> gives (found, or ~index - 1) without its generic comparer.
    /// </summary>
    internal static int LastAtOrBefore(int[] sorted, int value)
    {
        var low = 0;
        var high = sorted.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            if (sorted[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low - 1;
    }

    /// <summary>The 1-based column of an offset in <see cref="Text"/>.</summary>
    public int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

    /// <summary>The text of a 1-based line, without its line end.</summary>
    public string GetLine(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text.Substring(start, end - start);
    }

    /// <summary>Evidence for a span: file, line, column, length and the sentence <see cref="Text"/> holds at <paramref name="sentenceStart"/> (kept in place, not copied).</summary>
    public FactEvidence Evidence(int start, int length, int sentenceStart, int sentenceLength)
    {
        var line = LineOf(start);
        return new(File, line, start - _lineStarts[line - 1] + 1, length, Text, sentenceStart, sentenceLength);
    }

    private static char NormaliseChar(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' => ' ',
        '\u200B' or '\uFEFF' => ' ',
        _ => c,
    };
}
