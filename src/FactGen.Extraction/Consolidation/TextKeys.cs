using System;
using System.Collections.Generic;
using System.Globalization;

namespace FactGen.Extraction.Consolidation;

/// <summary>Normalised forms used to compare names and quotations across articles.</summary>
internal static class TextKeys
{
    /// <summary>Lower case, accents and punctuation removed, single spaces ("Jean-Pierre  Raffarin's" → "jean pierre raffarin").</summary>
    public static string Key(string text)
    {
        var buffer = Buffer(text.Length);
        var length = Normalize(text, buffer);
        return length == text.Length && SameChars(text, buffer, length)
            ? text
            : new string(buffer, 0, length);
    }

    /// <summary>
    /// Writes <see cref="Key"/> of <paramref name="text"/> into <paramref name="chars"/>, which must hold at least as many
    /// chars as <paramref name="text"/>, and returns its length: for callers that keep their own buffer rather than
    /// fetch the per-thread one on every call.
    /// </summary>
    public static int Normalize(string text, char[] chars)
    {
        // Accents go by a fixed table (Diacritics), never string.Normalize, whose result depends on the host;
        // combining marks of already-text text are dropped below.
        var length = 0;
        var space = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < AsciiKeyChars.Length)
            {
                // ASCII: no marks; letters and digits by one table look-up (most chars of a text).
                var keyChar = AsciiKeyChars[c];
                if (keyChar != NotKeyChar)
                {
                    chars[length++] = keyChar;
                    space = false;
                    continue;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (char.IsLetterOrDigit(c))
            {
                chars[length++] = char.ToLowerInvariant(Diacritics.Strip(c));
                space = false;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                i++; // possessive "'s" belongs to no name
            }
            else if (!IsApostrophe(c) && !space)
            {
                chars[length++] = ' ';
                space = true;
            }
        }

        if (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }

        return length;
    }

    /// <summary>The words of a key.</summary>
    public static string[] Words(string key) => key.Length == 0 ? Array.Empty<string>() : key.Split(' ');

    /// <summary>Distinct words of a key, in first-seen order.</summary>
    public static List<string> DistinctWords(string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var w in Words(key))
        {
            if (seen.Add(w))
            {
                list.Add(w);
            }
        }

        return list;
    }

    /// <summary>Marks an ASCII char that is no letter or digit in <see cref="AsciiKeyChars"/>.</summary>
    private const char NotKeyChar = '\0';

    /// <summary>Per ASCII char, its key char (letters lower-cased, digits as they are), else <see cref="NotKeyChar"/>.</summary>
    private static readonly char[] AsciiKeyChars = AsciiKeyCharTable();

    private static char[] AsciiKeyCharTable()
    {
        var table = new char[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = c;
            table[c - 'a' + 'A'] = c;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = c;
        }

        return table;
    }

    [ThreadStatic]
    private static char[]? _buffer;

    /// <summary>A per-thread scratch buffer of at least <paramref name="length"/> chars.</summary>
    private static char[] Buffer(int length)
    {
        if (_buffer is null || _buffer.Length < length)
        {
            _buffer = new char[Math.Max(length, 256)];
        }

        return _buffer;
    }

    internal static bool SameChars(string text, char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (text[i] != buffer[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
