using System;
using System.Globalization;
using System.Text;

namespace FactGen.Generator.Emit;

/// <summary>Literal and XML-doc escaping for generated C#.</summary>
internal static class CSharpText
{
    /// <summary>A C# string literal; escapes quotes, backslashes, controls, C# line separators and lone surrogates.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        // Most strings need no escape: one concatenation instead of a character-by-character copy.
        var first = FirstToEscape(value);
        if (first < 0)
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 16);
        builder.Append('"').Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            builder.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A decimal literal ("800m").</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>An int literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for an XML doc comment: one line, XML-escaped, and cut at <paramref name="max"/> characters
    /// so huge sentences do not flood IntelliSense.
    /// </summary>
    public static string Doc(string? text, int max = 200)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var lastWasSpace = false;
        for (var i = 0; i < text!.Length && builder.Length < max; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }

                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }

        var result = builder.ToString().Trim();
        return builder.Length >= max && text.Length > max ? result + "\u2026" : result;
    }

    /// <summary>Index of the first character <see cref="Literal"/> must escape or pair, or -1 when there is none.</summary>
    private static int FirstToEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\\' || char.IsSurrogate(c) || NeedsEscape(value, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NeedsEscape(string value, int i)
    {
        var c = value[i];
        if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c);
    }
}
