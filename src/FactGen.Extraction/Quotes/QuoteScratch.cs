using System;
using System.Collections.Generic;
using FactGen.Extraction.People;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// The working lists of the quotation stage, kept per thread and reused from one article to the next: the
/// paragraphs, the paired marks, the quotations found (objects included), where each paragraph's start, and
/// the paragraph views and speaker resolver.
/// <see cref="QuoteExtractor.Extract"/> takes the set and gives it back when done; an extraction that finds
/// the set taken (none does today: the stage runs to its end) simply gets a set of its own.
/// </summary>
internal sealed class QuoteScratch
{
    // A set that grew past this many elements in one list is not kept: a huge article must not pin its memory.
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static QuoteScratch? _free;

    // Every quotation object made on this thread; the article's n-th quotation reuses the n-th.
    private readonly List<FoundQuote> _made = new();

    // The paragraph views and the speaker resolver of the last article, made on first use.
    private ParagraphViews? _views;
    private SpeakerResolver? _resolver;

    private QuoteScratch()
    {
    }

    /// <summary>The article's paragraphs.</summary>
    public List<Paragraph> Paragraphs { get; } = new();

    /// <summary>The paired marks of the article, paragraph after paragraph.</summary>
    public List<QuoteSpan> Spans { get; } = new();

    /// <summary>The article's quotations, in text order.</summary>
    public List<FoundQuote> Quotes { get; } = new();

    /// <summary>
    /// Per paragraph, the index in <see cref="Quotes"/> of its first quotation; one more entry holds the count,
    /// so paragraph p's quotations are those from entry p up to entry p + 1.
    /// </summary>
    public int[] ParagraphQuoteStarts { get; private set; } = Array.Empty<int>();

    /// <summary>The thread's set, emptied (a new one when it is taken).</summary>
    public static QuoteScratch Take()
    {
        var scratch = _free ?? new QuoteScratch();
        _free = null;
        return scratch;
    }

    /// <summary>Makes <see cref="ParagraphQuoteStarts"/> hold at least <paramref name="paragraphs"/> + 1 entries.</summary>
    public void SizeForParagraphs(int paragraphs)
    {
        if (ParagraphQuoteStarts.Length < paragraphs + 1)
        {
            ParagraphQuoteStarts = new int[Math.Max(paragraphs + 1, 2 * ParagraphQuoteStarts.Length)];
        }
    }

    /// <summary>The views of <see cref="Paragraphs"/>, the paragraphs of <paramref name="article"/>: in the set the last article used, reset, when there is one.</summary>
    public ParagraphViews ViewsOf(ArticleAnalysis article)
    {
        var views = _views ??= new ParagraphViews();
        views.Reset(article, Paragraphs);
        return views;
    }

    /// <summary>A resolver for the quotations <paramref name="quotes"/> of <paramref name="article"/>: the one the last article used, reset, when there is one.</summary>
    public SpeakerResolver ResolverFor(ArticleAnalysis article, PeopleIndex people, List<FoundQuote> quotes)
    {
        var resolver = _resolver ??= new SpeakerResolver();
        resolver.Reset(article, people, quotes);
        return resolver;
    }

    /// <summary>Adds a quotation to <see cref="Quotes"/>, in an object reused from an earlier article when there is one.</summary>
    public void AddQuote(QuoteSpan span, QuoteUse use, NearbyAttributions nearby)
    {
        FoundQuote quote;
        if (Quotes.Count < _made.Count)
        {
            quote = _made[Quotes.Count];
            quote.Reset(span, use);
        }
        else
        {
            quote = new FoundQuote(span, use);
            _made.Add(quote);
        }

        quote.Nearby = nearby;
        Quotes.Add(quote);
    }

    /// <summary>The article is done: the set goes back to the thread, emptied, unless it grew very large.</summary>
    public void Release()
    {
        // The kept quotation objects let go of their speakers and paragraph views.
        foreach (var quote in Quotes)
        {
            quote.Reset(default, default);
        }

        Paragraphs.Clear();
        Spans.Clear();
        Quotes.Clear();

        // The views and the resolver let go of the article too; one that grew very large is not kept.
        _views?.Release();
        _resolver?.Release();
        if (_views is { WorthKeeping: false })
        {
            _views = null;
        }

        if (_resolver is { WorthKeeping: false })
        {
            _resolver = null;
        }

        if (Paragraphs.Capacity <= MaxKept && Spans.Capacity <= MaxKept && _made.Count <= MaxKept)
        {
            _free = this;
        }
    }
}
