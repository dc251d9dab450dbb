namespace FactGen.Generator;

/// <summary>
/// Names of the pipeline steps, so tests (and anyone reading a driver's run result) can find each
/// step and check that unchanged inputs stay cached.
/// </summary>
internal static class TrackingNames
{
    /// <summary>Every AdditionalFile, classified as article, overrides file or neither.</summary>
    public const string Classify = nameof(Classify);

    /// <summary>The AdditionalFiles marked as articles.</summary>
    public const string Articles = nameof(Articles);

    /// <summary>One article read and extracted (the expensive, per-file cached step).</summary>
    public const string Extract = nameof(Extract);

    /// <summary>The AdditionalFiles marked as overrides files, parsed.</summary>
    public const string Overrides = nameof(Overrides);

    /// <summary>The generator's options from the global analyzer config.</summary>
    public const string Options = nameof(Options);

    /// <summary>The article size limit alone, so other option changes do not re-extract articles.</summary>
    public const string MaxArticleBytes = nameof(MaxArticleBytes);

    /// <summary>Whether the consumer's language version knows <c>#nullable</c>.</summary>
    public const string LanguageFeatures = nameof(LanguageFeatures);

    /// <summary>One article's facts without its line map, so an edit that moves no fact does not re-consolidate.</summary>
    public const string ArticleFacts = nameof(ArticleFacts);

    /// <summary>One article's line map, to place diagnostics.</summary>
    public const string ArticleLines = nameof(ArticleLines);

    /// <summary>Every article's facts merged into one corpus.</summary>
    public const string Consolidate = nameof(Consolidate);

    /// <summary>The consolidated corpus with its diagnostics placed in their files.</summary>
    public const string Locate = nameof(Locate);

    /// <summary>The corpus after the user's overrides.</summary>
    public const string Curate = nameof(Curate);

    /// <summary>The curated corpus split into the main file's model and the shards, with the diagnostics to report.</summary>
    public const string Plan = nameof(Plan);

    /// <summary>The main file's model and the diagnostics to report (its source is written by the output step).</summary>
    public const string Emit = nameof(Emit);

    /// <summary>One shard of the facts (a fixed number of them, by position); each becomes its own file.</summary>
    public const string Shards = nameof(Shards);
}
