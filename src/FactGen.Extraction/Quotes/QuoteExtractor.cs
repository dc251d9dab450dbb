using System;
using System.Collections.Generic;
using FactGen.Extraction.People;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// Finds direct quotations and attributes each to its speaker: marks are paired
/// (<see cref="QuoteMarkScanner"/>), titles and epithets dropped and partial quotes flagged
/// (<see cref="QuoteClassifier"/>), then each quotation takes the attribution next to it
/// (<see cref="AttributionReader"/>), else that of another quotation in its paragraph, of the
/// quotation it continues, or of the previous paragraph ("Roe said:" or an attributed quotation).
/// </summary>
internal static class QuoteExtractor
{
    [ThreadStatic]
    private static List<QuoteSpan>? _scanned;

    // The article's paragraphs, in one list per thread (Extract runs to its end before another article starts).
    [ThreadStatic]
    private static List<Paragraph>? _paragraphs;

    public static List<QuoteFact> Extract(ArticleAnalysis article, PeopleIndex people)
    {
        var text = article.Raw;
        var paragraphs = Paragraphs.Split(text, _paragraphs ??= new List<Paragraph>());
        var views = ParagraphViews.Take(article, paragraphs);

        var byParagraph = FindQuotations(text, paragraphs, views);
        var total = 0;
        foreach (var inParagraph in byParagraph)
        {
            total += inParagraph.Count;
        }

        // Sized once: the lists below are built at their final length rather than grown by doubling.
        var quotes = new List<FoundQuote>(total);
        foreach (var inParagraph in byParagraph)
        {
            quotes.AddRange(inParagraph);
        }

        if (quotes.Count == 0)
        {
            // Nothing to attribute: the reported subjects and attribution passes would find no use.
            Release(views, paragraphs);
            return new List<QuoteFact>();
        }

        var resolver = SpeakerResolver.Take(article, people, quotes);
        resolver.CollectReportedSubjectsWhenNeeded(views, quotes[quotes.Count - 1].Span.Paragraph);
        Attribute(quotes, byParagraph, views, resolver);

        var facts = new List<QuoteFact>(quotes.Count);
        foreach (var quote in quotes)
        {
            var fact = ToFact(article, quote);
            if (fact is not null)
            {
                facts.Add(fact);
            }
        }

        resolver.Release();
        Release(views, paragraphs);
        return facts;
    }

    /// <summary>The views and the paragraph list go back to the thread for its next article (unless very large).</summary>
    private static void Release(ParagraphViews views, List<Paragraph> paragraphs)
    {
        views.Release();
        paragraphs.Clear();
        if (paragraphs.Capacity > 4096)
        {
            _paragraphs = null;
        }
    }

    /// <summary>Paired marks, classified, titles and headline quotations left out; one list per paragraph.</summary>
    private static List<FoundQuote>[] FindQuotations(string text, List<Paragraph> paragraphs, ParagraphViews views)
    {
        var byParagraph = new List<FoundQuote>[paragraphs.Count];

        // One list per thread serves every article's scan. The scanner gives the spans paragraph by
        // paragraph, so each paragraph's spans are one run of it: no list per paragraph.
        var scanned = QuoteMarkScanner.Scan(text, paragraphs, _scanned ??= new List<QuoteSpan>());
        var next = 0;

        // Most paragraphs quote nobody: they share one empty list, never added to.
        var none = new List<FoundQuote>(0);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var first = next;
            while (next < scanned.Count && scanned[next].Paragraph == p)
            {
                next++;
            }

            if (next == first || IsHeadline(paragraphs, p, text))
            {
                byParagraph[p] = none;
                continue;
            }

            byParagraph[p] = new List<FoundQuote>(next - first);
            var view = views[p];
            view.MarkQuoted(scanned, first, next - first);
            for (var k = first; k < next; k++)
            {
                var span = scanned[k];
                var use = QuoteClassifier.Classify(view, span);
                if (use != QuoteUse.Title)
                {
                    byParagraph[p].Add(new FoundQuote(span, use));
                }
            }

            // Titles are the reporter's words: only real quotations bound the attribution windows.
            view.ClearQuoted();
            foreach (var quote in byParagraph[p])
            {
                view.MarkQuoted(quote.Span);
            }
        }

        scanned.Clear();
        if (scanned.Capacity > 4096)
        {
            _scanned = null;
        }

        return byParagraph;
    }

    /// <summary>The attribution passes, from the most local evidence to the weakest.</summary>
    private static void Attribute(List<FoundQuote> quotes, List<FoundQuote>[] byParagraph, ParagraphViews views, SpeakerResolver resolver)
    {
        var text = views.Count > 0 ? views[0].Text : string.Empty;
        foreach (var quote in quotes)
        {
            AttributeLocally(quote, views[quote.Span.Paragraph], resolver);
            ReadTranscriptLabel(quote, text, resolver);
        }

        for (var p = 0; p < byParagraph.Length; p++)
        {
            ShareWithinParagraph(byParagraph[p]);
            CarryFromPreviousParagraph(p, byParagraph, views, resolver);
        }

        // A quotation left open at a paragraph end takes the attribution found where it closes.
        for (var i = quotes.Count - 2; i >= 0; i--)
        {
            if (quotes[i].Span.ContinuesNext && !quotes[i].Attributed && quotes[i + 1].Attributed)
            {
                quotes[i].CopyFrom(quotes[i + 1]);
            }
        }

        foreach (var quote in quotes)
        {
            AttributeToLeadSentence(quote, views, resolver);
        }
    }

    private static void AttributeLocally(FoundQuote quote, ParagraphView view, SpeakerResolver resolver)
    {
        var span = quote.Span;
        var before = AttributionReader.FindBefore(view, span.Open, out var adjacent);
        if (quote.Use == QuoteUse.Partial && before is { } found && TokensBetween(view, found.Offset, span.Open) > MaxPartialDistance)
        {
            // "Roe said on Monday that the plan, which … a “fair deal”": too far to be Roe's words.
            before = null;
        }

        var after = AttributionReader.FindAfter(view, span);
        if (quote.Use == QuoteUse.Partial && after is not null && !AttributionReader.ClosesClause(view, span, span.End))
        {
            // "the “open door” Roe had promised": a verb after a fragment mid-sentence is not its attribution.
            after = null;
        }

        var attribution = adjacent ? before : after ?? before;
        if (attribution is { } read)
        {
            quote.Attributed = true;
            quote.Speaker = resolver.Resolve(read);
            quote.NamedNextToIt = read.Subject?.Kind == SubjectKind.Name;
        }
    }

    /// <summary>"“ROE: Well, …": the label names the speaker and is not part of the quotation.</summary>
    private static void ReadTranscriptLabel(FoundQuote quote, string text, SpeakerResolver resolver)
    {
        var span = quote.Span;
        var length = TranscriptLabel.Measure(text, span.ContentStart, span.ContentEnd, out var label);
        if (length == 0 || quote.Use != QuoteUse.Speech)
        {
            return;
        }

        quote.LabelLength = length;
        quote.Attributed = true;
        quote.Speaker = resolver.ResolveLabel(label, span.ContentStart);
    }

    /// <summary>
    /// Last resort for speech with no attribution at all: the person who opens the sentence just before it
    /// ("Roe was blunt. “…”"), or the sentence that ends the previous paragraph with a colon.
    /// </summary>
    private static void AttributeToLeadSentence(FoundQuote quote, ParagraphViews views, SpeakerResolver resolver)
    {
        if (quote.Attributed || quote.Use != QuoteUse.Speech || quote.Span.ContinuesPrevious)
        {
            return;
        }

        var view = views[quote.Span.Paragraph];
        Subject? subject;
        if (quote.Span.Open == view.Paragraph.Start)
        {
            var previous = quote.Span.Paragraph > 0 ? views[quote.Span.Paragraph - 1] : null;
            subject = previous is not null && previous.Text[previous.Paragraph.End - 1] == ':'
                ? AttributionReader.SentenceSubjectBefore(previous, previous.Paragraph.End)
                : null;
            view = previous ?? view;
        }
        else
        {
            subject = AttributionReader.SentenceSubjectBefore(view, quote.Span.Open);
        }

        if (subject is { } lead)
        {
            quote.Attributed = true;
            quote.Speaker = resolver.Resolve(new Attribution(lead, view.Tokens[lead.First].Start, view));
        }
    }

    private static int TokensBetween(ParagraphView view, int from, int to) =>
        view.LastEndingBy(to) - view.FirstAtOrAfter(from);

    /// <summary>"“A,” Roe said. “B.”": a quotation with no attribution of its own shares its neighbour's.</summary>
    private static void ShareWithinParagraph(List<FoundQuote> quotes)
    {
        // The nearest attributed speech before each quotation is tracked as the loop goes (it sees the ones
        // this loop attributes): a pass, not a search each. Only a quotation before the first attributed
        // speech has none before it, and the nearest after it is then that first one.
        var first = -1;
        for (var i = 0; i < quotes.Count && first < 0; i++)
        {
            if (quotes[i].Attributed && quotes[i].Use == QuoteUse.Speech)
            {
                first = i;
            }
        }

        if (first < 0)
        {
            return;
        }

        FoundQuote? previous = null;
        for (var i = 0; i < quotes.Count; i++)
        {
            if (!quotes[i].Attributed && quotes[i].Use == QuoteUse.Speech)
            {
                quotes[i].CopyFrom(previous ?? quotes[first]);
            }

            if (quotes[i].Attributed && quotes[i].Use == QuoteUse.Speech)
            {
                previous = quotes[i];
            }
        }
    }

    /// <summary>
    /// A paragraph that opens with an unattributed quotation continues the previous paragraph's speaker:
    /// the quotation left open there, its "Roe said:" lead-in, or its last attributed quotation.
    /// </summary>
    private static void CarryFromPreviousParagraph(int p, List<FoundQuote>[] byParagraph, ParagraphViews views, SpeakerResolver resolver)
    {
        var quotes = byParagraph[p];
        if (p == 0 || quotes.Count == 0 || quotes[0].Attributed || quotes[0].Use != QuoteUse.Speech || quotes[0].Span.Open != views[p].Paragraph.Start)
        {
            return;
        }

        var previous = byParagraph[p - 1];
        FoundQuote? source = null;
        if (quotes[0].Span.ContinuesPrevious && previous.Count > 0)
        {
            source = previous[previous.Count - 1];
        }

        var previousView = views[p - 1];
        if (source is null && views[p - 1].Text[previousView.Paragraph.End - 1] == ':')
        {
            var lead = AttributionReader.FindBefore(previousView, previousView.Paragraph.End, out var adjacent);
            if (lead is { } found && adjacent)
            {
                source = new FoundQuote(quotes[0].Span, QuoteUse.Speech) { Attributed = true, Speaker = resolver.Resolve(found) };
            }
        }

        if (source is null)
        {
            for (var i = previous.Count - 1; i >= 0; i--)
            {
                if (previous[i].Attributed && previous[i].Use == QuoteUse.Speech)
                {
                    source = previous[i];
                    break;
                }
            }
        }

        if (source is null || !source.Attributed)
        {
            return;
        }

        foreach (var quote in quotes)
        {
            if (!quote.Attributed && quote.Use == QuoteUse.Speech)
            {
                quote.CopyFrom(source);
            }
        }
    }

    private static QuoteFact? ToFact(ArticleAnalysis article, FoundQuote quote)
    {
        var span = quote.Span;

        // A fragment nobody is reported as saying is a scare quote: the reporter's irony, not a quotation.
        // Only a short phrase a named person is said to have used close by counts ("Roe warned against a
        // “closed club”"); longer fragments are too often the reporter's paraphrase with a few borrowed words.
        if (quote.Use == QuoteUse.Partial && (quote.Speaker is null || !quote.NamedNextToIt || !IsPhrase(article.Raw, span)))
        {
            return null;
        }

        // The words inside the marks: trimmed, then any trailing comma dropped (one copy, at the end).
        var text = article.Raw;
        var start = span.ContentStart + quote.LabelLength;
        var end = span.ContentEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end > start && text[end - 1] is ',' or ' ')
        {
            end--;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var content = text.Substring(start, end - start);
        if (!HasLetter(content))
        {
            return null;
        }

        var evidence = article.EvidenceAt(span.Open, span.End - span.Open);
        return new QuoteFact(content, quote.Speaker?.Name, quote.Use == QuoteUse.Partial, new EquatableArray<FactEvidence>(new[] { evidence }));
    }

    private const int MaxPartialDistance = 4;

    /// <summary>Two to four words: a phrase, not a single loaded word nor a paraphrased clause.</summary>
    private static bool IsPhrase(string text, QuoteSpan span)
    {
        var words = QuoteClassifier.WordCount(text, span.ContentStart, span.ContentEnd);
        return words is >= 2 and <= 4;
    }

    private static bool HasLetter(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short first paragraph set off by a blank line and not ending a sentence is a headline: it sums
    /// up, it does not quote.
    /// </summary>
    private static bool IsHeadline(List<Paragraph> paragraphs, int p, string text)
    {
        if (p != 0 || paragraphs.Count < 2)
        {
            return false;
        }

        var first = paragraphs[0];
        // Counted in place: words as spaces plus one, and the line breaks between the two paragraphs.
        var words = 1 + Count(text, first.Start, first.End, ' ');
        var breaks = Count(text, first.End, paragraphs[1].Start, '\n');
        var last = text[first.End - 1];
        return words <= 25 && breaks >= 2 && !(last is '.' or '!' or '?' or ':');
    }

    private static int Count(string text, int start, int end, char c)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == c)
            {
                count++;
            }
        }

        return count;
    }
}
