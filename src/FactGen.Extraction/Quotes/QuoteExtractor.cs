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
    public static List<QuoteFact> Extract(ArticleAnalysis article, PeopleIndex people)
    {
        var text = article.Raw;
        var scratch = QuoteScratch.Take();
        Paragraphs.Split(text, scratch.Paragraphs);
        var views = scratch.ViewsOf(article);

        var quotes = FindQuotations(text, scratch, views);
        if (quotes.Count == 0)
        {
            // Nothing to attribute: the reported subjects and attribution passes would find no use.
            scratch.Release();
            return new List<QuoteFact>();
        }

        var resolver = scratch.ResolverFor(article, people, quotes);
        resolver.CollectReportedSubjectsWhenNeeded(views, quotes[quotes.Count - 1].Span.Paragraph);
        Attribute(quotes, scratch.ParagraphQuoteStarts, views, resolver);

        var facts = new List<QuoteFact>(quotes.Count);
        foreach (var quote in quotes)
        {
            var fact = ToFact(article, quote);
            if (fact is not null)
            {
                facts.Add(fact);
            }
        }

        scratch.Release();
        return facts;
    }

    /// <summary>
    /// Paired marks, classified, titles and headline quotations left out, into the scratch set's quotations
    /// (in text order) with each paragraph's first in its paragraph starts.
    /// </summary>
    private static List<FoundQuote> FindQuotations(string text, QuoteScratch scratch, ParagraphViews views)
    {
        var paragraphs = scratch.Paragraphs;
        var quotes = scratch.Quotes;
        scratch.SizeForParagraphs(paragraphs.Count);
        var starts = scratch.ParagraphQuoteStarts;

        // The scanner gives the spans paragraph by paragraph, so each paragraph's spans are one run of them.
        var scanned = QuoteMarkScanner.Scan(text, paragraphs, scratch.Spans);
        var next = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            starts[p] = quotes.Count;
            var first = next;
            while (next < scanned.Count && scanned[next].Paragraph == p)
            {
                next++;
            }

            if (next == first || IsHeadline(paragraphs, p, text))
            {
                continue;
            }

            var view = views[p];
            view.MarkQuoted(scanned, first, next - first);
            var titles = false;
            for (var k = first; k < next; k++)
            {
                var span = scanned[k];
                var nearby = new NearbyAttributions(view, span);
                var use = QuoteClassifier.Classify(view, span, ref nearby);
                if (use != QuoteUse.Title)
                {
                    scratch.AddQuote(span, use, nearby);
                }
                else
                {
                    titles = true;
                }
            }

            if (!titles)
            {
                // The quoted flags stay as they are, and so do the attributions read while classifying.
                continue;
            }

            // Titles are the reporter's words: only real quotations bound the attribution windows, which
            // must be read again.
            view.ClearQuoted();
            for (var q = starts[p]; q < quotes.Count; q++)
            {
                view.MarkQuoted(quotes[q].Span);
            }

            for (var q = starts[p]; q < quotes.Count; q++)
            {
                quotes[q].Nearby = new NearbyAttributions(view, quotes[q].Span);
            }
        }

        starts[paragraphs.Count] = quotes.Count;
        return quotes;
    }

    /// <summary>The attribution passes, from the most local evidence to the weakest.</summary>
    private static void Attribute(List<FoundQuote> quotes, int[] paragraphStarts, ParagraphViews views, SpeakerResolver resolver)
    {
        var text = views.Count > 0 ? views[0].Text : string.Empty;
        foreach (var quote in quotes)
        {
            AttributeLocally(quote, views[quote.Span.Paragraph], resolver);
            ReadTranscriptLabel(quote, text, resolver);
        }

        for (var p = 0; p < views.Count; p++)
        {
            ShareWithinParagraph(quotes, paragraphStarts[p], paragraphStarts[p + 1]);
            CarryFromPreviousParagraph(p, quotes, paragraphStarts, views, resolver);
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
        var before = quote.Nearby.Before(out var adjacent);
        if (quote.Use == QuoteUse.Partial && before is { } found && TokensBetween(view, found.Offset, span.Open) > MaxPartialDistance)
        {
            // "Roe said on Monday that the plan, which … a “fair deal”": too far to be Roe's words.
            before = null;
        }

        var after = quote.Nearby.After();
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

    /// <summary>"“A,” Roe said. “B.”": a quotation with no attribution of its own shares its neighbour's (quotations <paramref name="start"/> to <paramref name="end"/>, one paragraph's).</summary>
    private static void ShareWithinParagraph(List<FoundQuote> quotes, int start, int end)
    {
        // The nearest attributed speech before each quotation is tracked as the loop goes (it sees the ones
        // this loop attributes): a pass, not a search each. Only a quotation before the first attributed
        // speech has none before it, and the nearest after it is then that first one.
        var first = -1;
        for (var i = start; i < end && first < 0; i++)
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
        for (var i = start; i < end; i++)
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
    private static void CarryFromPreviousParagraph(int p, List<FoundQuote> quotes, int[] paragraphStarts, ParagraphViews views, SpeakerResolver resolver)
    {
        // This paragraph's quotations are those from index start to end, the previous paragraph's those from previousStart to start.
        var start = paragraphStarts[p];
        var end = paragraphStarts[p + 1];
        if (p == 0 || end == start || quotes[start].Attributed || quotes[start].Use != QuoteUse.Speech || quotes[start].Span.Open != views[p].Paragraph.Start)
        {
            return;
        }

        var previousStart = paragraphStarts[p - 1];
        FoundQuote? source = null;
        if (quotes[start].Span.ContinuesPrevious && start > previousStart)
        {
            source = quotes[start - 1];
        }

        var previousView = views[p - 1];
        if (source is null && views[p - 1].Text[previousView.Paragraph.End - 1] == ':')
        {
            var lead = AttributionReader.FindBefore(previousView, previousView.Paragraph.End, out var adjacent);
            if (lead is { } found && adjacent)
            {
                source = new FoundQuote(quotes[start].Span, QuoteUse.Speech) { Attributed = true, Speaker = resolver.Resolve(found) };
            }
        }

        if (source is null)
        {
            for (var i = start - 1; i >= previousStart; i--)
            {
                if (quotes[i].Attributed && quotes[i].Use == QuoteUse.Speech)
                {
                    source = quotes[i];
                    break;
                }
            }
        }

        if (source is null || !source.Attributed)
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            var quote = quotes[i];
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
