namespace FactGen.Extraction.Text;

/// <summary>The coarse class of a token.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or abbreviation dots ("U.S.", "Jean-Pierre").</summary>
    Word,

    /// <summary>Digits, possibly with inner ',' or '.' ("3,000", "2.5").</summary>
    Number,

    /// <summary>Any other single character.</summary>
    Punctuation,
}

/// <summary>A token: a span of the article text and its kind. Holds no string, so tokenising allocates only the array.</summary>
/// <param name="Start">Offset in <see cref="ArticleText.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the token.</summary>
    public int End => Start + Length;
}
