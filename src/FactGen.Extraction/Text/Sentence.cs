namespace FactGen.Extraction.Text;

/// <summary>A sentence: its span in the article text; its text is cut out only when asked for (evidence).</summary>
public sealed class Sentence
{
    private string _source;
    private string? _text;

    /// <summary>A sentence of <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">Offset of the first character.</param>
    /// <param name="end">Offset just past the last character.</param>
    /// <param name="source">The article text the offsets refer to.</param>
    /// <param name="paragraph">0-based index of the paragraph (non-empty line) the sentence belongs to.</param>
    public Sentence(int start, int end, string source, int paragraph)
    {
        Start = start;
        End = end;
        _source = source;
        Paragraph = paragraph;
    }

    /// <summary>Offset of the first character.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; private set; }

    /// <summary>
    /// Makes this object another sentence: an article's sentence objects are reused by the next article
    /// on the same thread (see <see cref="ArticleScratch"/>), once nothing reads the old ones any more.
    /// </summary>
    internal void Reset(int start, int end, string source, int paragraph)
    {
        Start = start;
        End = end;
        _source = source;
        Paragraph = paragraph;
        _text = null;
    }

    /// <summary>The sentence text (cut out once, on first use).</summary>
    public string Text => _text ??= _source.Substring(Start, End - Start);

    /// <summary>0-based index of the paragraph (non-empty line) the sentence belongs to.</summary>
    public int Paragraph { get; private set; }

    /// <summary>True when <paramref name="offset"/> lies inside the sentence.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
