using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactGen.Cli.Eval;

/// <summary>
/// Name and text comparison for scoring, the same folding as the shared scorers (score.py): case, accents
/// and punctuation are ignored, runs of spaces count as one.
/// </summary>
internal static class TextMatch
{
    // Latin letters whose Unicode decomposition is a base letter plus accents, folded to that letter.
    // (string.Normalize cannot do it: the CLI runs with invariant globalization, where it leaves text as is.)
    private static readonly Dictionary<char, char> Accents = BuildAccents(
        "a\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u0100\u0101\u0102\u0103\u0104\u0105",
        "c\u00C7\u00E7\u0106\u0107\u0108\u0109\u010A\u010B\u010C\u010D",
        "d\u010E\u010F",
        "e\u00C8\u00C9\u00CA\u00CB\u00E8\u00E9\u00EA\u00EB\u0112\u0113\u0114\u0115\u0116\u0117\u0118\u0119\u011A\u011B",
        "g\u011C\u011D\u011E\u011F\u0120\u0121\u0122\u0123",
        "h\u0124\u0125",
        "i\u00CC\u00CD\u00CE\u00CF\u00EC\u00ED\u00EE\u00EF\u0128\u0129\u012A\u012B\u012C\u012D\u012E\u012F\u0130",
        "j\u0134\u0135",
        "k\u0136\u0137",
        "l\u0139\u013A\u013B\u013C\u013D\u013E",
        "n\u00D1\u00F1\u0143\u0144\u0145\u0146\u0147\u0148",
        "o\u00D2\u00D3\u00D4\u00D5\u00D6\u00F2\u00F3\u00F4\u00F5\u00F6\u014C\u014D\u014E\u014F\u0150\u0151",
        "r\u0154\u0155\u0156\u0157\u0158\u0159",
        "s\u015A\u015B\u015C\u015D\u015E\u015F\u0160\u0161",
        "t\u0162\u0163\u0164\u0165",
        "u\u00D9\u00DA\u00DB\u00DC\u00F9\u00FA\u00FB\u00FC\u0168\u0169\u016A\u016B\u016C\u016D\u016E\u016F\u0170\u0171\u0172\u0173",
        "w\u0174\u0175",
        "y\u00DD\u00FD\u00FF\u0176\u0177\u0178",
        "z\u0179\u017A\u017B\u017C\u017D\u017E");

    public static string Norm(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(text!.Length);
        foreach (var original in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(Accents.TryGetValue(original, out var plain) ? plain : original);
            folded.Append(char.IsLetterOrDigit(lower) || lower == '_' ? lower : ' ');
        }

        return string.Join(" ", folded.ToString().Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
    }

    public static string[] Tokens(string? text) => Norm(text).Split(' ', System.StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when the words of <paramref name="inner"/> stand, in order and together, inside <paramref name="outer"/>.</summary>
    public static bool Contains(string? outer, string? inner)
    {
        var a = Tokens(outer);
        var b = Tokens(inner);
        if (b.Length == 0)
        {
            return false;
        }

        for (var i = 0; i + b.Length <= a.Length; i++)
        {
            if (a.Skip(i).Take(b.Length).SequenceEqual(b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Dice overlap of the two texts' word multisets.</summary>
    public static double Overlap(string? a, string? b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Length == 0 || tb.Length == 0)
        {
            return 0;
        }

        var pool = new List<string>(tb);
        var common = 0;
        foreach (var t in ta)
        {
            if (pool.Remove(t))
            {
                common++;
            }
        }

        return 2.0 * common / (ta.Length + tb.Length);
    }

    private static Dictionary<char, char> BuildAccents(params string[] groups)
    {
        var map = new Dictionary<char, char>();
        foreach (var group in groups)
        {
            foreach (var accented in group.Substring(1))
            {
                map[accented] = group[0];
            }
        }

        return map;
    }

    /// <summary>The unit's last word without a plural "s": "large language models" → "model".</summary>
    public static string UnitHead(string? unit)
    {
        var t = Tokens(unit);
        if (t.Length == 0)
        {
            return string.Empty;
        }

        var head = t[t.Length - 1];
        return head.EndsWith("s", System.StringComparison.Ordinal) ? head.Substring(0, head.Length - 1) : head;
    }
}
