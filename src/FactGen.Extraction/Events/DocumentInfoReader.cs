using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>
/// Reads an article's headline, outlet and publication date from its first lines: a short first
/// line without a final period is the title; the outlet is the dateline's parentheses or a news
/// agency credited at the end of an early line; the published date is a date on a short early line
/// (or after "Published"/"Updated"). Works on line spans and copies only short lines.
/// </summary>
internal static class DocumentInfoReader
{
    private const int HeaderLines = 8;
    private const int MaxTitleLength = 160;
    private const int MaxDateLineLength = 80;

    private static readonly Regex PublishedCue = new(@"^\s*(?:Published|Posted|Updated|Date)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // The header's line spans, gathered again for each article on this thread (at most HeaderLines).
    [ThreadStatic]
    private static List<(int Start, int End)>? _lines;

    public static DocumentInfo Read(ArticleAnalysis article)
    {
        var lines = HeaderSpans(article.Raw, _lines ??= new List<(int Start, int End)>(HeaderLines));
        var published = Published(article, lines);
        return new DocumentInfo(article.Text.File, Title(article.Raw, lines), Outlet(article, lines), published is { } d ? NewsCalendar.Iso(d) : null);
    }

    /// <summary>The publication date, read from the article's first lines; null when none is written.</summary>
    private static DateTime? Published(ArticleAnalysis article, List<(int Start, int End)> lines)
    {
        foreach (var (start, end) in lines)
        {
            var length = end - start;
            if (length == 0 || length > 200 || (length > MaxDateLineLength && !PublishedCue.IsMatch(article.Raw.Substring(start, Math.Min(length, 20)))))
            {
                continue;
            }

            if (!DateFinder.MightHoldDate(article.Raw, start, end))
            {
                continue;
            }

            var dates = DateFinder.FindExplicit(article.Raw.Substring(start, length), 0, null);
            if (dates.Count > 0)
            {
                return dates[0].Date;
            }
        }

        return null;
    }

    /// <summary>Start and end offsets of the first lines, without their line ends, into <paramref name="lines"/> (emptied first).</summary>
    private static List<(int Start, int End)> HeaderSpans(string raw, List<(int Start, int End)> lines)
    {
        lines.Clear();
        var start = 0;
        while (lines.Count < HeaderLines && start <= raw.Length)
        {
            var end = raw.IndexOf('\n', start);
            if (end < 0)
            {
                end = raw.Length;
            }

            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    private static string? Title(string raw, List<(int Start, int End)> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = Trim(raw, lines[i]);
            if (end == start)
            {
                continue;
            }

            if (end - start > MaxTitleLength || !HasTextAfter(raw, lines[i].End))
            {
                return null;
            }

            var content = raw.Substring(start, end - start);
            var words = CountOf(content, ' ') + 1;

            // A final period marks a sentence, unless the line is written in title case ("Stealth Over Health.").
            var sentenceLike = content.EndsWith(".", StringComparison.Ordinal) && !IsTitleCase(content);
            if (words < 2 || sentenceLike || !char.IsUpper(content[0]) || content.IndexOf(" — ", StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            // "Stealth Over Health." → "Stealth Over Health"; "... in the U.S." keeps its abbreviation dot.
            return content.EndsWith(".", StringComparison.Ordinal) && content.Length > 1 && char.IsLower(content[content.Length - 2])
                ? content.Substring(0, content.Length - 1)
                : content;
        }

        return null;
    }

    /// <summary>How often <paramref name="c"/> occurs in <paramref name="s"/> (what <c>Split(c).Length - 1</c> gives, without the copies).</summary>
    private static int CountOf(string s, char c)
    {
        var count = 0;
        foreach (var x in s)
        {
            if (x == c)
            {
                count++;
            }
        }

        return count;
    }

    private static bool HasTextAfter(string raw, int offset)
    {
        for (var i = offset; i < raw.Length; i++)
        {
            if (!char.IsWhiteSpace(raw[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Trim(string raw, (int Start, int End) line)
    {
        var (start, end) = line;
        while (start < end && char.IsWhiteSpace(raw[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(raw[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Most longer words capitalised, as headlines are written.</summary>
    private static bool IsTitleCase(string line)
    {
        var longer = line.Split(' ').Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return longer.Count >= 2 && longer.Count(w => char.IsUpper(w[0])) * 4 >= longer.Count * 3;
    }

    private static string? Outlet(ArticleAnalysis article, List<(int Start, int End)> lines)
    {
        if (DatelineReader.Read(article)?.Outlet is { } fromDateline)
        {
            return fromDateline;
        }

        // A credit: an early line (a caption, a byline) that ends with a news agency's name.
        var raw = article.Raw;
        var agencies = Lexicon.Get("event-news-agencies");
        foreach (var line in lines)
        {
            var (start, end) = Trim(raw, line);
            while (end > start && raw[end - 1] is '.' or ')' or ' ')
            {
                end--;
            }

            if (end <= start)
            {
                continue;
            }

            // Most agencies fail on the line's last letter: compared before the whole name.
            var last = raw[end - 1];
            var entries = agencies.Entries;
            for (var a = 0; a < entries.Count; a++)
            {
                var agency = entries[a];
                var at = end - agency.Length;
                if (at > start && agency[agency.Length - 1] == last && !char.IsLetterOrDigit(raw[at - 1])
                    && string.CompareOrdinal(raw, at, agency, 0, agency.Length) == 0)
                {
                    return agency;
                }
            }
        }

        return null;
    }
}
