using FactGen.Extraction;

namespace FactGen.Generator.Model;

/// <summary>One article after extraction: what the per-file cached step produces.</summary>
/// <param name="Path">Full path of the file (for diagnostic locations).</param>
/// <param name="Name">The name its evidence uses.</param>
/// <param name="Facts">The engine's facts (value-equatable).</param>
/// <param name="Lines">The file's line structure, to place diagnostics.</param>
internal sealed record ArticleResult(string Path, string Name, DocumentFacts Facts, LineMap Lines);

/// <summary>One article's facts: what consolidation depends on (an edit that moves no fact leaves it equal).</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Name">The name its evidence uses.</param>
/// <param name="Facts">The engine's facts.</param>
internal sealed record ArticleFacts(string Path, string Name, DocumentFacts Facts);

/// <summary>One article's line map: what placing diagnostics depends on.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Name">The name its evidence uses.</param>
/// <param name="Lines">The file's line structure.</param>
internal sealed record ArticleLines(string Path, string Name, LineMap Lines);

/// <summary>What an AdditionalFile is to FactGen.</summary>
internal enum InputKind
{
    /// <summary>Not FactGen's (PublicAPI.Shipped.txt and the like).</summary>
    Ignored,

    /// <summary>An article to extract facts from.</summary>
    Article,

    /// <summary>A curation file.</summary>
    Overrides,
}

/// <summary>An AdditionalFile's role and the name its evidence uses, read from its analyzer-config metadata.</summary>
/// <param name="Kind">Article, overrides or ignored.</param>
/// <param name="Path">Full path.</param>
/// <param name="Name">Evidence name: the FactGenSourceName metadata, else the file name.</param>
internal sealed record InputFile(InputKind Kind, string Path, string Name);
