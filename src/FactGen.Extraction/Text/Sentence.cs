namespace FactGen.Extraction.Text;

/// <summary>A sentence: its span in the article text and its trimmed text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Text">The sentence text.</param>
/// <param name="Paragraph">0-based index of the paragraph (non-empty line) the sentence belongs to.</param>
public sealed record Sentence(int Start, int End, string Text, int Paragraph)
{
    /// <summary>True when <paramref name="offset"/> lies inside the sentence.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
