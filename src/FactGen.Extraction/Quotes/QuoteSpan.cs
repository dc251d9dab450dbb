namespace FactGen.Extraction.Quotes;

/// <summary>The kind of mark that opened a quotation; a quotation closes with the same kind.</summary>
internal enum QuoteMarkKind
{
    /// <summary>Straight double quote '"'.</summary>
    Straight,

    /// <summary>Curly double quotes '“' and '”'.</summary>
    Curly,

    /// <summary>Curly single quotes '‘' and '’'.</summary>
    Single,

    /// <summary>Straight single quotes "'": kept only when an attribution stands right beside them.</summary>
    StraightSingle,
}

/// <summary>
/// One quoted stretch inside one paragraph. A quotation that runs on into the next paragraph is one
/// span per paragraph, linked by <see cref="ContinuesNext"/> / <see cref="ContinuesPrevious"/>. A value: an
/// article has many, each read a few times and none kept past the article.
/// </summary>
internal readonly struct QuoteSpan
{
    public QuoteSpan(int open, int contentStart, int contentEnd, int end, int paragraph, QuoteMarkKind kind, bool closed)
    {
        Open = open;
        ContentStart = contentStart;
        ContentEnd = contentEnd;
        End = end;
        Paragraph = paragraph;
        Kind = kind;
        Closed = closed;
    }

    /// <summary>Offset of the opening mark.</summary>
    public int Open { get; }

    /// <summary>Offset just after the opening mark.</summary>
    public int ContentStart { get; }

    /// <summary>Offset of the closing mark (or the paragraph end when the quotation runs on).</summary>
    public int ContentEnd { get; }

    /// <summary>Offset just past the closing mark (or the paragraph end).</summary>
    public int End { get; }

    /// <summary>Index of the paragraph that holds the span.</summary>
    public int Paragraph { get; }

    public QuoteMarkKind Kind { get; }

    /// <summary>False when no closing mark was found before the paragraph end.</summary>
    public bool Closed { get; }

    /// <summary>The quotation goes on in the next paragraph (no closing mark here, an opening mark there).</summary>
    public bool ContinuesNext { get; private init; }

    /// <summary>The span goes on with a quotation left open at the end of the previous paragraph.</summary>
    public bool ContinuesPrevious { get; private init; }

    /// <summary>This span, going on in the next paragraph.</summary>
    public QuoteSpan WithContinuesNext() => this with { ContinuesNext = true };

    /// <summary>This span, going on from the previous paragraph.</summary>
    public QuoteSpan WithContinuesPrevious() => this with { ContinuesPrevious = true };
}
