namespace FactGen;

/// <summary>One source article.</summary>
public sealed record SourceDocument
{
    /// <summary>Creates a source document.</summary>
    public SourceDocument(string file, string? title, string? outlet, string? published)
    {
        File = file;
        Title = title;
        Outlet = outlet;
        Published = published;
    }

    /// <summary>The file name, relative to the folder the articles were given from.</summary>
    public string File { get; }

    /// <summary>The headline, if the article has one.</summary>
    public string? Title { get; }

    /// <summary>The publishing outlet, if the text names it.</summary>
    public string? Outlet { get; }

    /// <summary>The publication date (yyyy-MM-dd), if the text states it.</summary>
    public string? Published { get; }

    /// <summary>The file name.</summary>
    public override string ToString() => File;
}
