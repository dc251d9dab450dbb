using System;
using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// The token views of an article's paragraphs, each built the first time it is asked for: an article
/// without quotations only ever looks at the paragraphs that hold quotation marks.
/// </summary>
internal sealed class ParagraphViews
{
    private readonly ArticleAnalysis _article;
    private readonly List<Paragraph> _paragraphs;
    private readonly ParagraphView?[] _views;

    // Every view's per-token flags, in one array of the article's scratch set.
    private readonly byte[] _flags;

    public ParagraphViews(ArticleAnalysis article, List<Paragraph> paragraphs)
    {
        _article = article;
        _paragraphs = paragraphs;
        _views = new ParagraphView?[paragraphs.Count];
        _flags = ArticleScratch.Cleared(ref article.Scratch.TokenFlags, article.TokenCount);
    }

    public int Count => _views.Length;

    /// <summary>Index of the last paragraph starting at or before <paramref name="offset"/> (0 when none does).</summary>
    public int ParagraphAt(int offset)
    {
        int lo = 0, hi = _paragraphs.Count;
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
    public ParagraphView this[int p] =>
        _views[p] ??= new ParagraphView(_article.Raw, _paragraphs[p], _article.ParagraphTokens(p), _flags, _article.ParagraphFirstToken(p), _article.Names);
}
