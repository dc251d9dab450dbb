using FactGen.Extraction.People;

namespace FactGen.Extraction.Quotes;

/// <summary>A quotation being attributed: its span, what it is, and the speaker found so far.</summary>
internal sealed class FoundQuote
{
    public FoundQuote(QuoteSpan span, QuoteUse use)
    {
        Reset(span, use);
    }

    public QuoteSpan Span { get; private set; }

    public QuoteUse Use { get; private set; }

    /// <summary>The attributions next to the quotation, as far as read (a field: reading fills it in place).</summary>
    public NearbyAttributions Nearby;

    /// <summary>An attribution was found, even if its subject names no known person.</summary>
    public bool Attributed { get; set; }

    public PersonEntity? Speaker { get; set; }

    /// <summary>The speaker was read as a name right beside the quotation (not a pronoun or a carried-over speaker).</summary>
    public bool NamedNextToIt { get; set; }

    /// <summary>Characters of a transcript label ("ROE: ") that open the quotation.</summary>
    public int LabelLength { get; set; }

    /// <summary>Makes this object a new quotation, nothing found yet (objects are reused, see <see cref="QuoteScratch"/>).</summary>
    public void Reset(QuoteSpan span, QuoteUse use)
    {
        Span = span;
        Use = use;
        Attributed = false;
        Speaker = null;
        NamedNextToIt = false;
        LabelLength = 0;
        Nearby = default;
    }

    public void CopyFrom(FoundQuote other)
    {
        Attributed = other.Attributed;
        Speaker = other.Speaker;
    }
}
