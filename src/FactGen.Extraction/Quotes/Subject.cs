namespace FactGen.Extraction.Quotes;

/// <summary>How the source of a quotation is written.</summary>
internal enum SubjectKind
{
    /// <summary>A capitalised name, possibly with titles ("Sen. Jane Roe").</summary>
    Name,

    /// <summary>"he", "she", "they"…</summary>
    Pronoun,

    /// <summary>A noun phrase: "the senator", "a spokesman", "the White House".</summary>
    Description,
}

/// <summary>
/// The words that name who said a quotation, as a token range of a paragraph. A value, not an object: the
/// attribution readers try one at many tokens and most are dropped at once.
/// </summary>
/// <param name="Kind">Name, pronoun or description.</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token.</param>
/// <param name="Head">The lower-cased head noun of a description ("senator"), the pronoun, or null for a name.</param>
/// <param name="Indefinite">A description with "a"/"an"/"one": someone not named before.</param>
internal readonly record struct Subject(SubjectKind Kind, int First, int Last, string? Head, bool Indefinite);

/// <summary>A reporting cue found next to a quotation, and its subject when one could be read (a value, like <see cref="Subject"/>).</summary>
/// <param name="Subject">Who, or null when the cue has no readable subject ("officials said").</param>
/// <param name="Offset">Offset of the cue, used to resolve pronouns and descriptions.</param>
/// <param name="View">The paragraph the subject's tokens belong to.</param>
internal readonly record struct Attribution(Subject? Subject, int Offset, ParagraphView View);
