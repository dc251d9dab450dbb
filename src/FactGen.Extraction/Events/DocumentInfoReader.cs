using System;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>
/// Reads an article's headline, outlet and publication date from its first lines: a short first
/// line without a final period is the title; the outlet is the dateline's parentheses or a news
/// agency credited at the end of an early line; the published date is a date on a short early line
/// (or after "Published"/"Updated").
/// </summary>
internal static class DocumentInfoReader
{
    private const int HeaderLines = 8;
    private const int MaxTitleLength = 160;
    private const int MaxDateLineLength = 80;

    private static readonly Regex PublishedCue = new(@"^\s*(?:Published|Posted|Updated|Date)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static DocumentInfo Read(ArticleAnalysis article)
    {
        var file = article.Text.File;
        return new DocumentInfo(file, Title(article), Outlet(article), Published(article) is { } d ? NewsCalendar.Iso(d) : null);
    }

    /// <summary>The publication date, read from the article's first lines; null when none is written.</summary>
    public static DateTime? Published(ArticleAnalysis article)
    {
        var text = article.Text;
        for (var line = 1; line <= Math.Min(HeaderLines, text.LineCount); line++)
        {
            var content = text.GetLine(line);
            if (content.Trim().Length == 0 || (content.Length > MaxDateLineLength && !PublishedCue.IsMatch(content)))
            {
                continue;
            }

            var dates = DateFinder.FindExplicit(content, 0, null);
            if (dates.Count > 0)
            {
                return dates[0].Date;
            }
        }

        return null;
    }

    private static string? Title(ArticleAnalysis article)
    {
        var text = article.Text;
        for (var line = 1; line <= text.LineCount; line++)
        {
            var content = text.GetLine(line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var isLast = line == text.LineCount || Enumerable.Range(line + 1, text.LineCount - line).All(l => text.GetLine(l).Trim().Length == 0);
            var words = content.Split(' ').Length;
            // A final period marks a sentence, unless the line is written in title case ("Stealth Over Health.").
            var sentenceLike = content.EndsWith(".", StringComparison.Ordinal) && !IsTitleCase(content);
            if (isLast || content.Length > MaxTitleLength || words < 2 || sentenceLike
                || !char.IsUpper(content[0]) || content.IndexOf(" — ", StringComparison.Ordinal) >= 0)
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

    /// <summary>Most longer words capitalised, as headlines are written.</summary>
    private static bool IsTitleCase(string line)
    {
        var longer = line.Split(' ').Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return longer.Count >= 2 && longer.Count(w => char.IsUpper(w[0])) * 4 >= longer.Count * 3;
    }

    private static string? Outlet(ArticleAnalysis article)
    {
        if (DatelineReader.Read(article)?.Outlet is { } fromDateline)
        {
            return fromDateline;
        }

        // A credit: an early line (a caption, a byline) that ends with a news agency's name.
        var agencies = Lexicon.Get("event-news-agencies");
        var text = article.Text;
        for (var line = 1; line <= Math.Min(HeaderLines, text.LineCount); line++)
        {
            var content = text.GetLine(line).TrimEnd(' ', '.', ')');
            foreach (var agency in agencies.Entries)
            {
                if (content.EndsWith(agency, StringComparison.Ordinal) && content.Length > agency.Length
                    && !char.IsLetterOrDigit(content[content.Length - agency.Length - 1]))
                {
                    return agency;
                }
            }
        }

        return null;
    }
}
