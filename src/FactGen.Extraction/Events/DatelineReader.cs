using System;
using System.Text.RegularExpressions;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>An article's dateline: "SHANGHAI, July 26 (Reuters) —", "Paris, France (Outlet) —", "Berlin:".</summary>
/// <param name="Start">Offset of the place name.</param>
/// <param name="Length">Length of the place name.</param>
/// <param name="Place">The city (or country) it names.</param>
/// <param name="Outlet">The outlet in parentheses, or null.</param>
/// <param name="Month">Month of a dateline date ("July 26"), 0 when none.</param>
/// <param name="Day">Day of a dateline date, 0 when none.</param>
internal sealed record Dateline(int Start, int Length, Place Place, string? Outlet, int Month, int Day);

/// <summary>Reads the dateline at the start of one of the article's first paragraphs.</summary>
internal static class DatelineReader
{
    private const int ParagraphsSearched = 4;

    private static readonly Regex Pattern = new(
        @"^(?<place>\p{Lu}[\p{L}'.\-]*(?: (?:\p{Lu}[\p{L}'.\-]*|de|del|da|do|la|el|al)){0,3})" +
        @"(?:, (?<region>\p{Lu}[\p{L}'.]*(?: \p{Lu}[\p{L}'.]*){0,2}))?" +
        @"(?:,? (?<month>" + NewsCalendar.MonthPattern + @")\.? (?<day>[0-9]{1,2}))?" +
        @" ?(?:\((?<outlet>[^()]{2,40})\))? ?(?<sep>—|–|--|-|:) ",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>
    /// A dateline separator followed by a space ("— ", "– ", "- ", ": "), as the pattern needs, in the span: one
    /// vectorised search per mark (a hyphenated word alone does not count), as IndexOfAny with non-ASCII marks
    /// is slow and a loop over every character slower still.
    /// </summary>
    private static bool HasSeparator(string text, int start, int end)
    {
        var length = end - start;
        return text.IndexOf("- ", start, length, StringComparison.Ordinal) >= 0 || text.IndexOf(": ", start, length, StringComparison.Ordinal) >= 0
            || text.IndexOf("\u2014 ", start, length, StringComparison.Ordinal) >= 0 || text.IndexOf("\u2013 ", start, length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>The article's dateline, or null; read once per article (the header and the event stage both ask).</summary>
    public static Dateline? Read(ArticleAnalysis article)
    {
        if (!article.DatelineRead)
        {
            article.Dateline = Find(article);
            article.DatelineRead = true;
        }

        return article.Dateline;
    }

    private static Dateline? Find(ArticleAnalysis article)
    {
        var seen = -1;
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Paragraph == seen)
            {
                continue;
            }

            seen = sentence.Paragraph;
            if (seen >= ParagraphsSearched)
            {
                break;
            }

            // The pattern opens with a capital and needs a separator ("—", "-", ":"): test the span before cutting it out.
            if (sentence.End <= sentence.Start || !char.IsUpper(article.Raw[sentence.Start])
                || !HasSeparator(article.Raw, sentence.Start, sentence.End))
            {
                continue;
            }

            // Matched in place: the pattern's '^' anchors at the span's start, and no sentence string is cut out.
            var m = Pattern.Match(article.Raw, sentence.Start, sentence.End - sentence.Start);
            if (!m.Success)
            {
                continue;
            }

            var placeName = m.Groups["place"].Value;
            var place = PlaceGazetteer.City(placeName);
            if (place is null && PlaceGazetteer.Country(placeName) is { } country)
            {
                place = new Place(null, country);
            }

            var stated = m.Groups["region"].Success ? PlaceGazetteer.Country(m.Groups["region"].Value) : null;
            if (place is null && stated is not null)
            {
                // "DAVOS, Switzerland (Reuters) —": a small town, placed by its country.
                place = new Place(TitleCase(placeName), stated);
            }

            if (place is null)
            {
                continue;
            }

            if (stated is not null)
            {
                place = place with { Country = stated };
            }

            var outlet = m.Groups["outlet"].Success ? m.Groups["outlet"].Value.Trim() : null;
            var month = m.Groups["month"].Success ? NewsCalendar.MonthNumber(m.Groups["month"].Value) : 0;
            var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return new Dateline(m.Groups["place"].Index, placeName.Length, place, outlet, month, day);
        }

        return null;
    }

    /// <summary>"DAVOS" → "Davos"; names already in mixed case stay as written.</summary>
    private static string TitleCase(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return name;
            }
        }

        var chars = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
