namespace FactGen.Extraction.Quotes;

/// <summary>
/// The attributions after and before one quotation, each read once when first asked for: classifying a
/// quotation asks for them several times, and attributing it asks again. Valid while the paragraph's quoted
/// flags stay as they were when it was made.
/// </summary>
internal struct NearbyAttributions
{
    private readonly ParagraphView _view;
    private readonly QuoteSpan _span;
    private bool _afterRead;
    private bool _beforeRead;
    private Attribution? _after;
    private Attribution? _before;
    private bool _adjacent;

    /// <summary>Nothing read yet for <paramref name="span"/> of <paramref name="view"/>.</summary>
    public NearbyAttributions(ParagraphView view, QuoteSpan span)
    {
        _view = view;
        _span = span;
        _afterRead = _beforeRead = _adjacent = false;
        _after = _before = null;
    }

    /// <summary>As <see cref="AttributionReader.FindAfter"/>.</summary>
    public Attribution? After()
    {
        if (!_afterRead)
        {
            _after = AttributionReader.FindAfter(_view, _span);
            _afterRead = true;
        }

        return _after;
    }

    /// <summary>As <see cref="AttributionReader.FindBefore"/> at the opening mark.</summary>
    public Attribution? Before() => Before(out _);

    /// <summary>As <see cref="AttributionReader.FindBefore"/> at the opening mark, with its <paramref name="adjacent"/>.</summary>
    public Attribution? Before(out bool adjacent)
    {
        if (!_beforeRead)
        {
            _before = AttributionReader.FindBefore(_view, _span.Open, out _adjacent);
            _beforeRead = true;
        }

        adjacent = _adjacent;
        return _before;
    }

    /// <summary>An attribution before the quotation, with only joiners between it and the marks.</summary>
    public bool BeforeIsAdjacent() => Before() is not null && _adjacent;
}
