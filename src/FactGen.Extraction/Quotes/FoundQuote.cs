using FactGen.Extraction.People;

namespace FactGen.Extraction.Quotes;

/// <summary>A quotation being attributed: its span, what it is, and the speaker found so far.</summary>
internal sealed class FoundQuote
{
    public FoundQuote(QuoteSpan span, QuoteUse use)
    {
        Span = span;
        Use = use;
    }

    public QuoteSpan Span { get; }

    public QuoteUse Use { get; }

    /// <summary>An attribution was found, even if its subject names no known person.</summary>
    public bool Attributed { get; set; }

    public PersonEntity? Speaker { get; set; }

    /// <summary>The speaker was read as a name right beside the quotation (not a pronoun or a carried-over speaker).</summary>
    public bool NamedNextToIt { get; set; }

    /// <summary>Characters of a transcript label ("ROE: ") that open the quotation.</summary>
    public int LabelLength { get; set; }

    public void CopyFrom(FoundQuote other)
    {
        Attributed = other.Attributed;
        Speaker = other.Speaker;
    }
}
