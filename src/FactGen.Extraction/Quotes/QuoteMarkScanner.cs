using System;
using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph: straight '"' with '"', curly '“' with '”' (nested
/// curly pairs counted), single '‘' with '’' only where the '’' cannot be an apostrophe. A mark left
/// open at a paragraph end is kept only when the next paragraph opens with the same kind of mark
/// (the news convention for a quotation that runs over several paragraphs).
/// </summary>
internal static class QuoteMarkScanner
{
    /// <summary>The paired marks of <paramref name="paragraphs"/>, paragraph after paragraph, into <paramref name="spans"/> (emptied first): a list the caller reuses.</summary>
    public static List<QuoteSpan> Scan(string text, List<Paragraph> paragraphs, List<QuoteSpan> spans)
    {
        spans.Clear();
        var previousOpen = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // The paragraph's spans are appended in place, from index first on.
            var first = spans.Count;
            ScanParagraph(text, paragraphs[p], p, spans);
            if (previousOpen && spans.Count > first && spans[first].Open == paragraphs[p].Start)
            {
                spans[first] = spans[first].WithContinuesPrevious();
            }

            previousOpen = false;
            if (spans.Count > first && !spans[spans.Count - 1].Closed)
            {
                var last = spans[spans.Count - 1];
                if (p + 1 < paragraphs.Count && OpensWith(text, paragraphs[p + 1], last.Kind))
                {
                    spans[spans.Count - 1] = last.WithContinuesNext();
                    previousOpen = true;
                }
                else
                {
                    spans.RemoveAt(spans.Count - 1);
                }
            }
        }

        return spans;
    }

    private static bool OpensWith(string text, Paragraph paragraph, QuoteMarkKind kind)
    {
        var c = text[paragraph.Start];
        return kind switch
        {
            QuoteMarkKind.Straight => c == '"',
            QuoteMarkKind.Curly => c == '\u201C',
            QuoteMarkKind.StraightSingle => c == '\'',
            _ => c == '\u2018',
        };
    }

    private static void ScanParagraph(string text, Paragraph paragraph, int index, List<QuoteSpan> spans)
    {
        // Where a search for a closing single mark last failed: a later opening up to there fails the
        // same way (the searches only look ahead), so thousands of apostrophes cost one pass, not one each.
        var noSingleCloseFrom = int.MaxValue;
        var noStraightSingleCloseUntil = -1;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            // Only quotation marks matter here: jump to the next one.
            i = text.IndexOfAny(Marks, i, paragraph.End - i);
            if (i < 0)
            {
                break;
            }

            var c = text[i];
            int close;
            QuoteMarkKind kind;
            if (c == '\u201C')
            {
                kind = QuoteMarkKind.Curly;
                close = FindCurlyClose(text, i + 1, paragraph.End);
            }
            else if (c == '"' && IsOpeningPosition(text, i, paragraph.Start))
            {
                kind = QuoteMarkKind.Straight;
                close = FindStraightClose(text, i + 1, paragraph.End);
            }
            else if (c == '\u2018' && IsOpeningPosition(text, i, paragraph.Start) && i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1]))
            {
                kind = QuoteMarkKind.Single;
                close = i + 1 >= noSingleCloseFrom ? -1 : FindSingleClose(text, i + 1, paragraph.End);
                if (close < 0)
                {
                    noSingleCloseFrom = Math.Min(noSingleCloseFrom, i + 1);
                    // "‘90s" and the like: an apostrophe, not a quotation.
                    i++;
                    continue;
                }
            }
            else if (c == '\'' && IsOpeningPosition(text, i, paragraph.Start) && i + 1 < paragraph.End && char.IsLetter(text[i + 1]))
            {
                kind = QuoteMarkKind.StraightSingle;
                var stop = -1;
                close = i + 2 <= noStraightSingleCloseUntil ? -1 : FindStraightSingleClose(text, i + 1, paragraph.End, out stop);
                if (close < 0)
                {
                    noStraightSingleCloseUntil = Math.Max(noStraightSingleCloseUntil, stop);
                    // "'90s", "rock 'n' roll": an apostrophe, not a quotation.
                    i++;
                    continue;
                }
            }
            else
            {
                i++;
                continue;
            }

            if (close < 0)
            {
                spans.Add(new QuoteSpan(i, i + 1, paragraph.End, paragraph.End, index, kind, closed: false));
                break;
            }

            spans.Add(new QuoteSpan(i, i + 1, close, close + 1, index, kind, closed: true));
            i = close + 1;
        }
    }

    private static readonly char[] Marks = { '\u201C', '"', '\u2018', '\'' };

    /// <summary>An opening mark follows a space, the paragraph start or an opening punctuation.</summary>
    private static bool IsOpeningPosition(string text, int i, int paragraphStart)
    {
        if (i == paragraphStart)
        {
            return true;
        }

        var before = text[i - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or ';' or ',' or '\u201C' or '"';
    }

    /// <summary>The next '"', or a '”' typed by mistake for it (one that closes no inner '“').</summary>
    private static int FindStraightClose(string text, int from, int end)
    {
        var inner = 0;
        for (var j = from; j < end; j++)
        {
            var c = text[j];
            if (c == '"')
            {
                WorkMeter.Add(j - from);
                return j;
            }

            if (c == '\u201C')
            {
                inner++;
            }
            else if (c == '\u201D')
            {
                if (inner > 0)
                {
                    inner--;
                }
                else if (IsClosingPosition(text, j, end))
                {
                    WorkMeter.Add(j - from);
                    return j;
                }
            }
        }

        WorkMeter.Add(end - from);
        return -1;
    }

    /// <summary>
    /// The '”' that closes the quotation (nested '“…”' pairs counted). A '"' or a '“' in closing position
    /// (after a word, before a space or the paragraph end) is taken as a mistyped '”'.
    /// </summary>
    /// <summary>A "'" after a letter or ',.?!' and before a space, a punctuation mark or the paragraph end; never inside a word.</summary>
    /// <remarks>When there is none, <paramref name="stop"/> says where the search stopped (a double mark, or the end).</remarks>
    private static int FindStraightSingleClose(string text, int from, int end, out int stop)
    {
        stop = end;
        for (var j = from + 1; j < end; j++)
        {
            // Never swallow a double-quoted stretch: a stray apostrophe must not hide real quotations.
            if (text[j] is '"' or '\u201C')
            {
                stop = j;
                WorkMeter.Add(j - from);
                return -1;
            }

            if (text[j] != '\'')
            {
                continue;
            }

            var before = text[j - 1];
            var after = j + 1 < end ? text[j + 1] : ' ';
            if (char.IsLetterOrDigit(after) || !(char.IsLetter(before) || before is ',' or '.' or '?' or '!'))
            {
                continue;
            }

            // "the players' union": a plural possessive before a lower-case word.
            if (before == 's' && after == ' ' && j + 2 < end && char.IsLower(text[j + 2]))
            {
                continue;
            }

            WorkMeter.Add(j - from);

            return j;
        }

        WorkMeter.Add(end - from);
        return -1;
    }

    private static int FindCurlyClose(string text, int from, int end)
    {
        var depth = 1;
        for (var j = from; j < end; j++)
        {
            var c = text[j];
            if (c == '\u201C' && !IsClosingPosition(text, j, end))
            {
                depth++;
            }
            else if (c == '\u201D' || ((c == '\u201C' || c == '"') && IsClosingPosition(text, j, end)))
            {
                if (c == '"' && depth > 1)
                {
                    continue;
                }

                depth--;
                if (depth == 0)
                {
                    WorkMeter.Add(j - from);
                    return j;
                }
            }
        }

        WorkMeter.Add(end - from);
        return -1;
    }

    private static bool IsClosingPosition(string text, int j, int end)
    {
        var before = text[j - 1];
        var after = j + 1 < end ? text[j + 1] : ' ';
        return !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or ')' or '?' or '!' or '\u2014');
    }

    /// <summary>A closing '’' follows a non-space and is not followed by a letter (which would make it an apostrophe).</summary>
    private static int FindSingleClose(string text, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (text[j] != '\u2019' || char.IsWhiteSpace(text[j - 1]))
            {
                continue;
            }

            var next = j + 1 < end ? text[j + 1] : ' ';
            if (char.IsLetterOrDigit(next))
            {
                continue;
            }

            // "the workers’ rights": an 's' before the mark and a lowercase word after is a plural possessive.
            if (text[j - 1] == 's' && next == ' ' && j + 2 < end && char.IsLower(text[j + 2]))
            {
                continue;
            }

            WorkMeter.Add(j - from);

            return j;
        }

        WorkMeter.Add(end - from);
        return -1;
    }
}
