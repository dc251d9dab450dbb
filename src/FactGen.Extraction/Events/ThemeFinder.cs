using System.Text.RegularExpressions;

namespace FactGen.Extraction.Events;

/// <summary>A stated theme and where it stands.</summary>
/// <param name="Start">Offset of the theme's first character.</param>
/// <param name="Length">Length of the theme.</param>
/// <param name="Theme">The theme, without quotation marks or trailing punctuation.</param>
internal sealed record FoundTheme(int Start, int Length, string Theme);

/// <summary>
/// Finds a theme: themed "X", under the theme "X", with the theme of "X", the theme was "X"
/// (quotes optional after "was"/"is", then up to the end of the clause).
/// </summary>
internal static class ThemeFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private static readonly Regex Quoted = new(
        @"\b(?:themed|(?:under|with|on|around) (?:the |a )?theme(?: of)?|theme (?:was|is|being|this year was|this year is)|theme of (?:the|this|this year's|this year’s) [a-z]+ (?:was|is)|(?:its|the|this year's|this year’s) theme(?: was| is)?)\s*[:,]?\s*" +
        @"(?:""(?<t>[^""]{3,150})""|“(?<t>[^”]{3,150})”|‘(?<t>[^’]{3,150})’)",
        Options);

    private static readonly Regex Plain = new(
        @"\b[Tt]heme (?:was|is|this year was|this year is|of (?:the|this|this year's|this year’s) [a-z]+ (?:was|is))\s+(?<t>\p{Lu}[^.;:""“”]{2,120}?)\s*(?:[.;]|,\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>The cheap test <see cref="Find"/> starts with, on a span of <paramref name="text"/> without cutting it out.</summary>
    public static bool MightHoldTheme(string text, int start, int end) =>
        text.IndexOf("heme", start, end - start, System.StringComparison.Ordinal) >= 0;

    /// <summary>The first theme stated in <paramref name="text"/>, or null.</summary>
    public static FoundTheme? Find(string text, int offset)
    {
        if (text.IndexOf("heme", System.StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var m = Quoted.Match(text);
        if (!m.Success)
        {
            m = Plain.Match(text);
        }

        if (!m.Success)
        {
            return null;
        }

        var group = m.Groups["t"];
        var theme = group.Value.Trim().TrimEnd(',', '.', ';', ':', '!').Trim();
        return theme.Length < 3 ? null : new FoundTheme(offset + group.Index, theme.Length, theme);
    }
}
