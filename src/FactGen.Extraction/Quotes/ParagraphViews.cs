using System;
using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// The token views of an article's paragraphs, each built the first time it is asked for: an article
/// without quotations only ever looks at the paragraphs that hold quotation marks. A set is reused from
/// article to article with the thread's <see cref="QuoteScratch"/> (<see cref="Reset"/> / <see cref="Release"/>),
/// view objects included.
/// </summary>
internal sealed class ParagraphViews
{
    // See WorthKeeping.
    private const int MaxKeptParagraphs = 4096;

    // The article and its paragraphs (none until the first Reset, and after Release).
    private ArticleAnalysis _article = null!;
    private List<Paragraph> _paragraphs = null!;

    // View objects by paragraph index, kept from earlier articles; _made[p] tells whether _objects[p] is
    // already this article's view of paragraph p.
    private ParagraphView?[] _objects = Array.Empty<ParagraphView?>();
    private bool[] _made = Array.Empty<bool>();

    // Every view's per-token flags, in one array of the article's scratch set.
    private byte[] _flags = Array.Empty<byte>();

    /// <summary>False for a set made for very many paragraphs: a huge article must not pin its views on the thread.</summary>
    public bool WorthKeeping => _objects.Length <= MaxKeptParagraphs;

    /// <summary>The article is done with its views: they let go of it (its text, word facts and flags) until the next one.</summary>
    public void Release()
    {
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
    }

    /// <summary>Makes this set (new, or released after an earlier article) the views of <paramref name="article"/>'s <paramref name="paragraphs"/>.</summary>
    public void Reset(ArticleAnalysis article, List<Paragraph> paragraphs)
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
