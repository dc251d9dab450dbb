using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// Tells speech from partial quotes and from quoted titles: a cue before the marks ("called",
/// "titled", "so-called") or a title-case phrase with no attribution is a title; a stretch that
/// opens a sentence or follows "said:" is speech; one woven into the sentence is partial.
/// </summary>
internal static class QuoteClassifier
{
    /// <summary>Words allowed between a title cue and the marks ("called it the", "known as").</summary>
    private static readonly SliceSet CueJoiners = new(new[] {
        "the", "a", "an", "it", "him", "her", "them", "this", "his", "its", "their", "as", "to", "simply", "often", "also",
        "by", "widely", "sometimes", "now", "once", "affectionately",
    });

    /// <summary>Small words a title leaves in lower case.</summary>
    private static readonly SliceSet TitleSmallWords = new(new[] {
        "of", "the", "a", "an", "and", "for", "in", "on", "to", "at", "by", "with", "or", "vs", "from", "as", "into", "over",
        "about", "de", "la", "our", "your", "is", "&",
    });

    private static readonly SliceSet Pronouns = new(new[] { "he", "she", "they", "i", "we", "the", "a" });

    private static readonly Lexicon TitleCues = Lexicon.Get("quote-title-cues");

    /// <summary>What the quotation <paramref name="span"/> is; <paramref name="nearby"/> (of the same span) keeps the attributions read on the way.</summary>
    public static QuoteUse Classify(ParagraphView view, QuoteSpan span, ref NearbyAttributions nearby)
    {
        var content = new Content(view.Text, span.ContentStart, span.ContentEnd);
        if (IsStageDirection(content))
        {
            return QuoteUse.Title;
        }

        if (span.ContinuesPrevious)
        {
            return QuoteUse.Speech;
        }

        var mark = view.FirstAtOrAfter(span.Open);
        var prev = mark - 1;
        if (HasTitleCue(view, prev))
        {
            return QuoteUse.Title;
        }

        // Straight single marks double as apostrophes: trust them only with an attribution right beside them.
        if (span.Kind == QuoteMarkKind.StraightSingle && !(nearby.After() is not null && AttributionReader.ClosesClause(view, span, span.End)) && !nearby.BeforeIsAdjacent())
        {
            return QuoteUse.Title;
        }

        var startsSentence = prev < 0 || view.EndsSentence(prev) || view.IsPunct(prev, ':') || view.IsQuoted(prev);
        var speechPosition = startsSentence || view.IsPunct(prev, ',') || view.IsReportingVerb(prev);

        // A title-case phrase is a title unless it stands where speech stands and someone is said to say it.
        var attributedNextToIt = nearby.After() is not null || nearby.BeforeIsAdjacent();
        if (IsTitleCase(content, prev >= 0 && !view.EndsSentence(prev)) && !(attributedNextToIt && speechPosition))
        {
            return QuoteUse.Title;
        }
        if (startsSentence)
        {
            return IsWovenIn(view, span, content) ? QuoteUse.Partial : QuoteUse.Speech;
        }

        var capital = content.Length > 0 && (char.IsUpper(content.First) || content.First == '\u2026');
        if (view.IsPunct(prev, ','))
        {
            // "…, “We will…”" and the second half of a quotation split by "Roe said,".
            return capital || nearby.BeforeIsAdjacent() || FollowsSplitAttribution(view, span)
                || (RunsToSentenceEnd(view, span, content) && nearby.Before() is not null) ? QuoteUse.Speech : QuoteUse.Partial;
        }

        if (view.IsReportingVerb(prev) && (capital || EndsClause(content)))
        {
            return QuoteUse.Speech;
        }

        // "Roe said that “…”" / "Roe said, but “…”": a clause that carries the sentence to its end.
        if ((view.LowerIs(prev, "that") || view.LowerIs(prev, "but") || view.LowerIs(prev, "and")) && RunsToSentenceEnd(view, span, content) && nearby.Before() is not null)
        {
            return QuoteUse.Speech;
        }

        return QuoteUse.Partial;
    }

    /// <summary>The quotation's own sentence ends with it: a final mark inside, or the sentence or paragraph ends after it.</summary>
    private static bool RunsToSentenceEnd(ParagraphView view, QuoteSpan span, Content content)
    {
        if (content.Length > 0 && content.Last is '.' or '?' or '!')
        {
            return true;
        }

        var next = view.FirstAtOrAfter(span.End);
        return next >= view.Count || view.EndsSentence(next);
    }

    /// <summary>"“A,” Roe said, referring to …, “b …”": the attribution window opens right after another quotation.</summary>
    private static bool FollowsSplitAttribution(ParagraphView view, QuoteSpan span)
    {
        var i = view.LastEndingBy(span.Open);
        var sawVerb = false;
        while (i >= 0 && !view.IsQuoted(i) && !view.EndsSentence(i))
        {
            sawVerb |= view.IsReportingVerb(i);
            i--;
        }

        return sawVerb && i >= 0 && view.IsQuoted(i);
    }

    /// <summary>"(CROSSTALK)", "(applause)": a transcript's note in brackets, not words spoken.</summary>
    private static bool IsStageDirection(Content content)
    {
        var text = content.Text;
        var end = content.End;
        while (end > content.Start && text[end - 1] is '.' or ' ')
        {
            end--;
        }

        var length = end - content.Start;
        return length > 1 && text[content.Start] == '(' && text[end - 1] == ')' && text.IndexOf(')', content.Start, length) == end - 1;
    }

    private static bool HasTitleCue(ParagraphView view, int prev)
    {
        var cues = TitleCues;
        for (var i = prev; i >= 0 && i >= prev - 4; i--)
        {
            if (!view.IsWord(i) || view.IsQuoted(i))
            {
                return false;
            }

            if (view.LowerIn(i, cues))
            {
                // "called for", "called on" ask for something: the marks that follow may be speech.
                return !(view.LowerIs(i, "called") && i + 1 <= prev && (view.LowerIs(i + 1, "for") || view.LowerIs(i + 1, "on") || view.LowerIs(i + 1, "upon")));
            }

            if (!view.LowerIn(i, CueJoiners))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Global Cooperation in the Digital Age": most words capitalised, no sentence inside. A single
    /// capitalised word counts only mid-sentence (at a sentence start every word is capitalised).
    /// </summary>
    /// <summary>
    /// <see cref="IsTitleCase(string, bool)"/> on a quotation's content: the word count, which rejects most
    /// quotations, is taken on the span, so only short ones are cut out.
    /// </summary>
    private static bool IsTitleCase(Content content, bool midSentence)
    {
        var end = content.End;
        while (end > content.Start && content.Text[end - 1] is ',' or '.' or ' ')
        {
            end--;
        }

        var count = WordCount(content.Text, content.Start, end, MaxTitleWords + 1);
        if (count == 0 || count > MaxTitleWords || (count == 1 && !midSentence))
        {
            return false;
        }

        return IsTitleCase(content.Text, content.Start, content.End, midSentence);
    }

    internal static bool IsTitleCase(string content, bool midSentence) => IsTitleCase(content, 0, content.Length, midSentence);

    /// <summary>As <see cref="IsTitleCase(string, bool)"/> on <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, read in place.</summary>
    private static bool IsTitleCase(string text, int start, int end, bool midSentence)
    {
        while (end > start && IsOneOf(text[end - 1], TitleEndTrim))
        {
            end--;
        }

        var length = end - start;
        if ((length >= 2 && text.IndexOf(". ", start, length, StringComparison.Ordinal) >= 0) ||
            (length > 0 && text[end - 1] is '?' or '!'))
        {
            return false;
        }

        // Count before looking at the words: most quotations are far longer than a title.
        var count = WordCount(text, start, end, MaxTitleWords + 1);
        if (count == 0 || count > MaxTitleWords || (count == 1 && !midSentence))
        {
            return false;
        }

        var counted = 0;
        var capitalised = 0;
        var index = 0;
        for (var at = start; at < end; index++)
        {
            // The next word: a run of characters other than ' ', trimmed of the marks around it.
            while (text[at] == ' ')
            {
                at++;
            }

            var wordEnd = at;
            while (wordEnd < end && text[wordEnd] != ' ')
            {
                wordEnd++;
            }

            var first = at;
            var last = wordEnd;
            at = wordEnd;
            while (first < last && IsOneOf(text[first], TitleWordTrim))
            {
                first++;
            }

            while (last > first && IsOneOf(text[last - 1], TitleWordTrim))
            {
                last--;
            }

            if (last == first || !char.IsLetterOrDigit(text[first]))
            {
                continue;
            }

            if (index > 0 && TitleSmallWords.Contains(text, first, last - first))
            {
                continue;
            }

            if (index == 0 && text[first] == 'I' && (last - first == 1 || text[first + 1] is '\u2019' or '\''))
            {
                return false;
            }

            counted++;
            if (char.IsUpper(text[first]) || char.IsDigit(text[first]))
            {
                capitalised++;
            }

            // Only blanks may follow the last word.
            while (at < end && text[at] == ' ')
            {
                at++;
            }
        }

        return counted > 0 && char.IsUpper(text[start]) && capitalised * 4 >= counted * 3 && (counted >= 2 || midSentence);
    }

    private static bool IsOneOf(char c, char[] set) => Array.IndexOf(set, c) >= 0;

    private static readonly char[] TitleEndTrim = { ',', '.', ' ' };
    private static readonly char[] TitleWordTrim = { ',', ':', ';', '(', ')', '\'', '\u2019', '"' };

    /// <summary>Words between <paramref name="start"/> and <paramref name="end"/>: runs of characters other than ' ' (as a split on ' ' dropping empty entries counts them).</summary>
    internal static int WordCount(string text, int start, int end) => WordCount(text, start, end, int.MaxValue);

    /// <summary>As <see cref="WordCount(string, int, int)"/>, but stops counting at <paramref name="limit"/>: a title test needs no more.</summary>
    private static int WordCount(string text, int start, int end, int limit)
    {
        var count = 0;
        for (var i = start; i < end && count < limit; i++)
        {
            if (text[i] != ' ' && (i == start || text[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A title has at most this many words.</summary>
    private const int MaxTitleWords = 12;

    /// <summary>A sentence-opening quote that the reporter's sentence carries on ("“Fair play” is what they want").</summary>
    private static bool IsWovenIn(ParagraphView view, QuoteSpan span, Content content)
    {
        if (EndsClause(content))
        {
            return false;
        }

        var next = view.FirstAtOrAfter(span.End);
        return view.IsLowerWord(next) && !view.IsReportingVerb(next) && !view.LowerIn(next, Pronouns);
    }

    private static bool EndsClause(Content content)
    {
        if (content.Length == 0)
        {
            return false;
        }

        var last = content.Last;
        return last is ',' or '.' or '?' or '!' or '\u2026' or '\u2014' or '-' or ';' or ':';
    }

    /// <summary>A quotation's content trimmed of white space (as <see cref="string.Trim()"/> trims), as a span of the paragraph's text.</summary>
    private readonly struct Content
    {
        public Content(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            Text = text;
            Start = start;
            End = end;
        }

        public string Text { get; }

        public int Start { get; }

        public int End { get; }

        public int Length => End - Start;

        public char First => Text[Start];

        public char Last => Text[End - 1];

        public override string ToString() => Text.Substring(Start, Length);
    }
}
