using System;
using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// The token views of an article's paragraphs, each built the first time it is asked for: an article
/// without quotations only ever looks at the paragraphs that hold quotation marks. One set per thread is
/// reused from article to article (<see cref="Take"/> / <see cref="Release"/>), view objects included.
/// </summary>
internal sealed class ParagraphViews
{
    // A set made for more paragraphs than this is not kept: a huge article must not pin its views on the thread.
    private const int MaxKeptParagraphs = 4096;

    [ThreadStatic]
    private static ParagraphViews? _free;

    private ArticleAnalysis _article;
    private List<Paragraph> _paragraphs;

    // View objects by paragraph index, kept from earlier articles; _made[p] tells whether _objects[p] is
    // already this article's view of paragraph p.
    private ParagraphView?[] _objects = Array.Empty<ParagraphView?>();
    private bool[] _made = Array.Empty<bool>();

    // Every view's per-token flags, in one array of the article's scratch set.
    private byte[] _flags;

    public ParagraphViews(ArticleAnalysis article, List<Paragraph> paragraphs)
    {
        _article = article;
        _paragraphs = paragraphs;
        _flags = Array.Empty<byte>();
        Reset(article, paragraphs);
    }

    /// <summary>The thread's set, made the views of <paramref name="article"/> (a new set when another article holds it).</summary>
    public static ParagraphViews Take(ArticleAnalysis article, List<Paragraph> paragraphs)
    {
        var views = _free;
        _free = null;
        if (views is null)
        {
            return new ParagraphViews(article, paragraphs);
        }

        views.Reset(article, paragraphs);
        return views;
    }

    /// <summary>The article is done with its views: the set goes back to the thread, unless it grew very large.</summary>
    public void Release()
    {
        // The kept views let go of the article (its text, word facts and flags) until the next one takes them.
        for (var p = 0; p < Count; p++)
        {
            if (_made[p])
            {
                _objects[p]!.Forget();
            }
        }

        _article = null!;
        _paragraphs = null!;
        _flags = Array.Empty<byte>();
        if (_objects.Length <= MaxKeptParagraphs)
        {
            _free = this;
        }
    }

    private void Reset(ArticleAnalysis article, List<Paragraph> paragraphs)
    {
        _article = article;
        _paragraphs = paragraphs;
        Count = paragraphs.Count;
        if (_objects.Length < Count)
        {
            Array.Resize(ref _objects, Math.Max(Count, 2 * _objects.Length));
            _made = new bool[_objects.Length];
        }
        else
        {
            Array.Clear(_made, 0, Count);
        }

        _flags = ArticleScratch.Cleared(ref article.Scratch.TokenFlags, article.TokenCount);
    }

    public int Count { get; private set; }

    /// <summary>Index of the last paragraph starting at or before <paramref name="offset"/> (0 when none does).</summary>
    public int ParagraphAt(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_paragraphs[mid].Start <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Max(0, lo - 1);
    }

    /// <summary>The view of paragraph <paramref name="p"/>; its paragraphs are the article's non-blank lines, numbered as its sentences number them.</summary>
    public ParagraphView this[int p]
    {
        get
        {
            if ((uint)p >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(p));
            }

            var view = _objects[p];
            if (_made[p])
            {
                return view!;
            }

            var tokens = _article.ParagraphTokens(p);
            var firstToken = _article.ParagraphFirstToken(p);
            if (view is null)
            {
                view = _objects[p] = new ParagraphView(_article.Raw, _paragraphs[p], tokens, _flags, firstToken, _article.Names, _article.TokenHashes);
            }
            else
            {
                view.Reset(_article.Raw, _paragraphs[p], tokens, _flags, firstToken, _article.Names, _article.TokenHashes);
            }

            _made[p] = true;
            return view;
        }
    }
}
