namespace FactGen.Extraction.People;

/// <summary>A run of capitalised words in one sentence: tokens [<see cref="First"/>, <see cref="End"/>).</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="First">Index of the first token.</param>
/// <param name="End">Index just past the last token.</param>
internal readonly record struct NameSpan(int Sentence, int First, int End)
{
    public int Count => End - First;
}
