using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactGen.Extraction.Consolidation;

/// <summary>Normalised forms used to compare names and quotations across articles.</summary>
internal static class TextKeys
{
    /// <summary>Lower case, accents and punctuation removed, single spaces ("Jean-Pierre  Raffarin's" → "jean pierre raffarin").</summary>
    public static string Key(string text)
    {
        // ASCII text is already decomposed; most names and quotes are, and Normalize is costly.
        var decomposed = IsAscii(text) ? text : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (IsApostrophe(c) && i + 1 < decomposed.Length && (decomposed[i + 1] == 's' || decomposed[i + 1] == 'S')
                && (i + 2 >= decomposed.Length || !char.IsLetterOrDigit(decomposed[i + 2])))
            {
                i++; // possessive "'s" belongs to no name
            }
            else if (!IsApostrophe(c) && !space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd(' ');
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

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
