namespace FactGen.Extraction;

/// <summary>
/// The ids of every diagnostic FactGen reports. The generator's descriptor catalogue, the CLI and
/// the README's table all use these; never reuse or renumber an id once shipped.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A date's stated weekday does not match the date ("Saturday, 25 July 2025" was a Friday).</summary>
    public const string WeekdayMismatch = "FG0001";

    /// <summary>The same fact has different values in different places (dates, counts, titles).</summary>
    public const string ConflictingFacts = "FG0002";

    /// <summary>A direct quotation whose speaker could not be attributed.</summary>
    public const string UnattributedQuote = "FG0003";

    /// <summary>An article from which no fact could be extracted.</summary>
    public const string NoFacts = "FG0004";

    /// <summary>An article that could not be read or decoded.</summary>
    public const string UnreadableFile = "FG0005";

    /// <summary>An article larger than the configured limit.</summary>
    public const string FileTooLarge = "FG0006";

    /// <summary>An option value that makes no sense.</summary>
    public const string InvalidOption = "FG0007";

    /// <summary>An override entry that matches no extracted fact.</summary>
    public const string OverrideMatchesNothing = "FG0008";

    /// <summary>An override file that cannot be parsed.</summary>
    public const string InvalidOverrides = "FG0009";

    /// <summary>An internal failure of the engine on one article; the rest still generates.</summary>
    public const string InternalError = "FG0010";

    /// <summary>An article that is not text (NUL or control characters, as in a binary file); it is skipped.</summary>
    public const string NotText = "FG0011";

    /// <summary>An article in UTF-16 without a byte-order mark: read correctly, but worth saving as UTF-8.</summary>
    public const string Utf16WithoutBom = "FG0012";

    /// <summary>An article whose analysis would take far more work than its length warrants (pathological input); it is skipped.</summary>
    public const string TooComplex = "FG0013";
}
