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

/// <summary>
/// A token: a span of the article text and its kind. Holds no string, and packs length and kind into
/// one field, so a token is 8 bytes and tokenising allocates only the array.
/// </summary>
public readonly record struct Token
{
    private readonly uint _lengthAndKind;

    /// <summary>A token at <paramref name="start"/> of <paramref name="length"/> characters.</summary>
    /// <param name="start">Offset in <see cref="ArticleText.Text"/>.</param>
    /// <param name="length">Length in characters.</param>
    /// <param name="kind">Word, number or punctuation.</param>
    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        _lengthAndKind = ((uint)length << 2) | (uint)kind;
    }

    /// <summary>Offset in <see cref="ArticleText.Text"/>.</summary>
    public int Start { get; }

    /// <summary>Length in characters.</summary>
    public int Length => (int)(_lengthAndKind >> 2);

    /// <summary>Word, number or punctuation.</summary>
    public TokenKind Kind => (TokenKind)(_lengthAndKind & 3);

    /// <summary>Offset just past the token.</summary>
    public int End => Start + Length;
}
