using System;
using System.Text;

namespace FactGen.Extraction.Text;

/// <summary>
/// Turns what was read from an article file into text, and says what it had to guess on the way: the CLI
/// gives it the file's bytes, the generator the compiler's decoding. Both then go through
/// <see cref="DecodedArticle.Extract(string)"/>, so the same file gets the same diagnostics on both paths.
/// </summary>
public static class ArticleDecoder
{
    /// <summary>What a file that fell back to Windows-1252 is said to have been read as.</summary>
    public const string Windows1252 = "Windows-1252";

    /// <summary>What the compiler's UTF-8 decoding with replacement characters is said to be.</summary>
    public const string Utf8WithReplacements = "UTF-8 with the invalid bytes replaced by U+FFFD";

    /// <summary>
    /// Decodes raw file bytes: UTF-16 with a BOM; UTF-16 without a BOM when every other byte is NUL; else
    /// UTF-8 (with or without BOM), falling back to Windows-1252 from the first invalid byte on.
    /// </summary>
    public static DecodedArticle Decode(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        if (!HasBom(bytes) && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, SampleLength)) >= 0 &&
            Utf16Pattern(bytes.Length, i => bytes[i] == 0) is { } bigEndian)
        {
            var text = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes, 0, bytes.Length & ~1);
            return new DecodedArticle(text, null, null, utf16WithoutBom: true);
        }

        var contents = ArticleText.Decode(bytes, out var invalidUtf8);
        return new DecodedArticle(contents, invalidUtf8, invalidUtf8 is null ? null : Windows1252, utf16WithoutBom: false);
    }

    /// <summary>
    /// The compiler's decoding of an AdditionalFile (<c>SourceText.ToString()</c> and <c>SourceText.Encoding</c>).
    /// The compiler reads UTF-8 strictly first; when that fails it reads the file again with the system's
    /// code page: Windows-1252 on most Windows machines, UTF-8 with replacement characters on Linux and macOS.
    /// It reads UTF-16 without a BOM as UTF-8 with a NUL every other character: that is undone here.
    /// </summary>
    /// <param name="contents">The decoded text.</param>
    /// <param name="encoding">The encoding the compiler used, or null when unknown (then the text is taken as it is).</param>
    public static DecodedArticle FromCompiler(string contents, Encoding? encoding)
    {
        if (contents is null)
        {
            throw new ArgumentNullException(nameof(contents));
        }

        if (encoding is null || encoding.CodePage is 1200 or 1201)
        {
            return new DecodedArticle(contents, null, null, utf16WithoutBom: false);
        }

        if (encoding.CodePage != 65001 && encoding.IsSingleByte)
        {
            // A code page fallback maps each byte to one character: the bytes come back exactly, and the
            // UTF-16 check and the position of the first invalid UTF-8 byte are the CLI's. The text stays the compiler's.
            var bytes = encoding.GetBytes(contents);
            var fromBytes = Decode(bytes);
            return fromBytes.Utf16WithoutBom
                ? fromBytes
                : new DecodedArticle(contents, fromBytes.InvalidUtf8 ?? (1, 1), encoding.WebName, utf16WithoutBom: false);
        }

        if (contents.IndexOf('\0', 0, Math.Min(contents.Length, SampleLength)) >= 0 &&
            Utf16Pattern(contents.Length, i => contents[i] == '\0') is { } bigEndian)
        {
            return new DecodedArticle(JoinUtf16(contents, bigEndian), null, null, utf16WithoutBom: true);
        }

        // Strict UTF-8 succeeded unless the decoder replaces; a replaced byte is a U+FFFD in the text.
        var replaced = encoding.CodePage == 65001 && encoding.DecoderFallback is not DecoderExceptionFallback
            ? contents.IndexOf('\uFFFD')
            : -1;
        return replaced < 0
            ? new DecodedArticle(contents, null, null, utf16WithoutBom: false)
            : new DecodedArticle(contents, PositionOf(contents, replaced), Utf8WithReplacements, utf16WithoutBom: false);
    }

    /// <summary>1-based line and column of <paramref name="offset"/>, lines ending at '\n' (as an editor counts them).</summary>
    internal static (int Line, int Column) PositionOf(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    /// <summary>How many bytes (or characters) the UTF-16 check looks at; without a NUL among them it is skipped.</summary>
    private const int SampleLength = 8192;

    private static bool HasBom(byte[] b) =>
        (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) ||
        (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF);

    /// <summary>
    /// UTF-16 of mostly Latin text has a NUL as the high byte of nearly every character: true (big-endian)
    /// when the NULs stand at even positions, false when at odd ones, null when the units show no such pattern.
    /// Looks at the first 8,192 units only: the pattern shows at once, and the check stays cheap.
    /// </summary>
    private static bool? Utf16Pattern(int length, Func<int, bool> isNul)
    {
        var n = Math.Min(length, SampleLength) & ~1;
        if (n < 4)
        {
            return null;
        }

        var evenNuls = 0;
        var oddNuls = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenNuls += isNul(i) ? 1 : 0;
            oddNuls += isNul(i + 1) ? 1 : 0;
        }

        // At least 60% of the high bytes NUL, at most 5% of the low ones: text, not a binary table.
        var pairs = n / 2;
        if (oddNuls * 10 >= pairs * 6 && evenNuls * 20 <= pairs)
        {
            return false;
        }

        if (evenNuls * 10 >= pairs * 6 && oddNuls * 20 <= pairs)
        {
            return true;
        }

        return null;
    }

    /// <summary>
    /// Joins the compiler's characters, one per byte of UTF-16, back into UTF-16 characters. A byte the
    /// compiler replaced by U+FFFD is lost, so its character becomes U+FFFD too.
    /// </summary>
    private static string JoinUtf16(string bytesAsChars, bool bigEndian)
    {
        var chars = new char[bytesAsChars.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var first = bytesAsChars[2 * i];
            var second = bytesAsChars[(2 * i) + 1];
            var low = bigEndian ? second : first;
            var high = bigEndian ? first : second;
            chars[i] = low > 0xFF || high > 0xFF ? '\uFFFD' : (char)(low | (high << 8));
        }

        return new string(chars);
    }
}
