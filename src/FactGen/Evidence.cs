namespace FactGen;

/// <summary>Where a fact was read: the article file, the 1-based line and column, and the sentence.</summary>
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    public Evidence(string file, int line, int column, string sentence)
    {
        File = file;
        Line = line;
        Column = column;
        Sentence = sentence;
    }

    /// <summary>The article's file name, relative to the folder the articles were given from.</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>The sentence that states the fact.</summary>
    public string Sentence { get; }

    /// <summary><c>file(line,col)</c>, the form compilers use.</summary>
    public override string ToString() => $"{File}({Line},{Column})";
}
