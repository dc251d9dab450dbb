namespace FactGen.Extraction.Consolidation;

/// <summary>One fact of one document: the document's position and the fact's index among that document's facts of its kind.</summary>
internal readonly struct ItemRef
{
    public ItemRef(int document, int index)
    {
        Document = document;
        Index = index;
    }

    public int Document { get; }

    public int Index { get; }

    /// <summary>Document order: by position, then by index.</summary>
    public long Order => ((long)Document << 32) | (uint)Index;
}
