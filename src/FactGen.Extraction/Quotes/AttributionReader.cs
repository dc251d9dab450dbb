using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// Reads the attribution next to a quotation: a reporting verb (from the reporting-verbs lexicon)
/// or "according to", and the name, pronoun or description that is its subject
/// ("…," Roe said / "…," said Roe / Roe said: "…" / Roe said that … "…").
/// </summary>
internal static partial class AttributionReader
{
    /// <summary>The cue in the words after a quotation, up to the next quotation or the sentence end.</summary>
    public static Attribution? FindAfter(ParagraphView view, QuoteSpan span)
    {
        var window = WindowAfter(view, view.FirstAtOrAfter(span.End));
        var first = 0;
        while (first < window.Count && !view.IsWord(window[first]))
        {
            first++;
        }

        // "“…” ― Jane Roe": a credit line after a dash.
        if (first > 0 && IsDash(view, window[first - 1]))
        {
            if (ReadAfter(view, window[first]) is { Kind: SubjectKind.Name } credit && credit.Last >= window[window.Count - 1] - 1)
            {
                return new Attribution(credit, view.Tokens[window[first]].Start, view);
            }
        }

        for (var k = first; k < window.Count && k <= first + 24; k++)
        {
            var v = window[k];
            if (IsAccordingTo(view, v))
            {
                return k == first ? new Attribution(ReadAfter(view, v + 2), view.Tokens[v].Start, view) : null;
            }

            if (!view.IsReportingVerb(v))
            {
                continue;
            }

            if (k == first)
            {
                // "“…,” said Roe" needs the comma (or ?/!) that closes the quoted clause; "“…” suggests that" is no attribution.
                return ClosesClause(view, span, window) || v > window[0]
                    ? new Attribution(ReadAfter(view, v + 1) ?? ParticipleSubject(view, v, window), view.Tokens[v].Start, view)
                    : null;
            }

            // "…," White House press secretary Jane Roe said: the subject may follow a description.
            var before = ParticipleSubject(view, v, window) ?? ReadBefore(view, v, window[first]);
            return before is null ? null : new Attribution(before, view.Tokens[v].Start, view);
        }

        return null;
    }

    /// <summary>
    /// The cue in the same sentence before <paramref name="offset"/>; <paramref name="adjacent"/> is true when
    /// only ':' / ',' / "that" (or the verb's own subject) stand between the cue and the quotation.
    /// </summary>
    public static Attribution? FindBefore(ParagraphView view, int offset, out bool adjacent)
    {
        adjacent = false;
        var window = WindowBefore(view, view.LastEndingBy(offset));
        if (window.Count == 0)
        {
            return null;
        }

        var endsWithColon = view.IsPunct(window[window.Count - 1], ':');
        for (var k = window.Count - 1; k >= 0; k--)
        {
            var v = window[k];
            var according = IsAccordingTo(view, v);
            var opening = k == 0 && view.IsCapitalized(v) && view.LowerIn(v, ReportingVerbs);
            if (!according && !opening && !view.IsReportingVerb(v))
            {
                continue;
            }

            Subject? subject;
            int subjectEnd;
            if (according)
            {
                subject = ReadAfter(view, v + 2);
                subjectEnd = subject?.Last ?? v + 1;
            }
            else
            {
                subject = ParticipleSubject(view, v, window) ?? ReadBefore(view, v, window[0]);
                subjectEnd = v;
                if (subject is null)
                {
                    subject = ReadAfter(view, v + 1);
                    subjectEnd = subject?.Last ?? v;
                }
            }

            adjacent = endsWithColon || OnlyJoinersAfter(view, window, subjectEnd);
            return new Attribution(subject, view.Tokens[v].Start, view);
        }

        return null;
    }

    private static bool ClosesClause(ParagraphView view, QuoteSpan span, TokenWindow window) =>
        ClosesClause(view, span, window.Count > 0 ? view.Tokens[window[0]].Start : span.End);

    /// <summary>The quotation ends its clause: ',' '?' '!' '.' or a dash inside the marks, or ',' or a dash right after them.</summary>
    public static bool ClosesClause(ParagraphView view, QuoteSpan span, int after)
    {
        // The last character inside the marks, closing quotes and spaces aside.
        var last = span.ContentEnd;
        while (last > span.ContentStart && view.Text[last - 1] is ' ' or '\'' or '\u2019' or '"' or '\u201D')
        {
            last--;
        }

        if (last > span.ContentStart && view.Text[last - 1] is ',' or '?' or '!' or '.' or '\u2014' or '-')
        {
            return true;
        }

        var next = view.FirstAtOrAfter(after);
        return next < view.Count && (view.IsPunct(next, ',') || IsDash(view, next));
    }

    private static bool LooksLikeVerb(ParagraphView view, int i)
    {
        if (!view.IsLowerWord(i))
        {
            return false;
        }

        return view.WordEndsWith(i, "ed") || view.WordEndsWith(i, "s")
            || view.WordIn(i, ReportingVerbs) || view.WordIn(i, Fillers) || view.WordIn(i, IrregularPasts);
    }

    private static readonly Lexicon ReportingVerbs = Lexicon.Get("reporting-verbs");

    private static readonly SliceSet IrregularPasts = new(new[] { "told", "made", "took", "gave", "spoke", "went" });

    private static bool IsDash(ParagraphView view, int i) =>
        view.IsPunct(i, '\u2015') || view.IsPunct(i, '\u2014') || view.IsPunct(i, '\u2013');

    /// <summary>
    /// "Roe attacked the plan, saying, “…”", "He warned them, saying: “…”": a participle ("saying",
    /// "adding") takes the subject of its clause, never the noun just before it.
    /// </summary>
    private static Subject? ParticipleSubject(ParagraphView view, int verb, TokenWindow window)
    {
        if (!view.WordEndsWith(verb, "ing") || window.Count == 0 || window[0] >= verb)
        {
            return null;
        }

        return view.LowerIn(window[0], Pronouns)
            ? new Subject(SubjectKind.Pronoun, window[0], window[0], view.Lower(window[0]), false)
            : ClauseSubject(view, verb, window);
    }

    /// <summary>The first name in the sentence followed by a verb or an appositive.</summary>
    private static Subject? ClauseSubject(ParagraphView view, int verb, TokenWindow window)
    {
        foreach (var i in window)
        {
            if (i >= verb)
            {
                break;
            }

            if (!view.IsCapitalized(i) || view.WordIn(i, NotNames, NotNameHashes) || (i > window[0] && view.IsCapitalized(i - 1))
                || view.WordEndsWith(i, "ly"))
            {
                continue;
            }

            // The subject is followed by its verb ("Roe attacked", "Roe tells") or by an appositive.
            if (ReadAfter(view, i, nounCheck: false) is { Kind: SubjectKind.Name } name && ((i == window[0] && view.IsPunct(name.Last + 1, ',')) || LooksLikeVerb(view, name.Last + 1)))
            {
                return name;
            }
        }

        return null;
    }

    private static bool OnlyJoinersAfter(ParagraphView view, TokenWindow window, int from)
    {
        foreach (var t in window)
        {
            if (t <= from)
            {
                continue;
            }

            if (!(view.IsPunct(t, ',') || view.IsPunct(t, ':') || view.LowerIs(t, "that") || view.IsPunct(t, '\u2014')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The named subject of the reporting verb at <paramref name="verb"/> ("Roe said the plan…", "said Roe"),
    /// quotation or not: the people a later "he" or "she" most likely means.
    /// </summary>
    public static Subject? NamedSubjectOf(ParagraphView view, int verb)
    {
        var window = WindowBefore(view, verb - 1);
        var limit = window.Count > 0 ? window[0] : verb;
        return (ReadBefore(view, verb, limit) ?? ReadAfter(view, verb + 1)) is { Kind: SubjectKind.Name } subject ? subject : null;
    }

    /// <summary>
    /// "Roe was blunt. “…”": the name that opens the sentence ending just before <paramref name="offset"/>,
    /// followed by its verb; the speaker of an unattributed quotation that follows.
    /// </summary>
    public static Subject? SentenceSubjectBefore(ParagraphView view, int offset)
    {
        var end = view.LastEndingBy(offset);
        while (end >= 0 && !view.IsQuoted(end) && (view.EndsSentence(end) || view.IsPunct(end, ':')))
        {
            end--;
        }

        var window = WindowBefore(view, end);
        return window.Count == 0 ? null : SentenceOpeningSubject(view, window[0]) ?? ClauseSubject(view, end + 1, window);
    }

    /// <summary>A name at <paramref name="i"/> followed by a verb ("Roe defended the plan"): a sentence's likely subject.</summary>
    public static Subject? SentenceOpeningSubject(ParagraphView view, int i)
    {
        if (!view.IsCapitalized(i) || view.IsQuoted(i) || view.WordIn(i, NotNames, NotNameHashes) || view.LowerIn(i, Pronouns))
        {
            return null;
        }

        if (view.LowerIn(i, Determiners))
        {
            // "The Rev. Jane Roe said": a name may end the description.
            return ReadAfter(view, i, nounCheck: false) is { Kind: SubjectKind.Name } name && LooksLikeVerb(view, name.Last + 1) ? name : null;
        }

        // Read as ReadAfter reads a name, without building a subject for every capitalised sentence opener.
        var end = NameEndAfter(view, i, nounCheck: false);
        return end >= 0 && LooksLikeVerb(view, end + 1) ? new Subject(SubjectKind.Name, i, end, null, false) : null;
    }

    private static bool IsAccordingTo(ParagraphView view, int i) =>
        view.LowerIs(i, "according") && view.LowerIs(i + 1, "to");

    private static TokenWindow WindowAfter(ParagraphView view, int from)
    {
        var end = from;
        while (end < view.Count && !view.IsQuoted(end) && !view.EndsSentence(end))
        {
            end++;
        }

        return new TokenWindow(from, end - from);
    }

    private static TokenWindow WindowBefore(ParagraphView view, int from)
    {
        var first = from;
        while (first >= 0 && !view.IsQuoted(first) && !view.EndsSentence(first))
        {
            first--;
        }

        return new TokenWindow(first + 1, from - first);
    }
}
