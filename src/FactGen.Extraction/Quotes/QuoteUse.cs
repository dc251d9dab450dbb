namespace FactGen.Extraction.Quotes;

/// <summary>What a quoted stretch is.</summary>
internal enum QuoteUse
{
    /// <summary>Reported speech: one or more whole sentences or a clause set off by the attribution.</summary>
    Speech,

    /// <summary>A fragment woven into the reporter's own sentence (a partial or scare quote).</summary>
    Partial,

    /// <summary>A title, theme, name, nickname or epithet: not speech at all.</summary>
    Title,
}
