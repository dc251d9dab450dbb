using System.Collections.Generic;
using FactGen.Extraction;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator;

/// <summary>
/// The catalogue of every diagnostic FactGen reports (ids from <see cref="DiagnosticIds"/>).
/// Each message is the engine's or the generator's own text, so the format is "{0}". Severities are
/// defaults: users change them with the FactGenDiagnosticSeverity property, or like any analyzer's with
/// <c>dotnet_diagnostic.FG0001.severity</c> in a .globalconfig, NoWarn or WarningsAsErrors.
/// New or changed rules go to AnalyzerReleases.Unshipped.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "FactGen";

    /// <summary>FG0001: a weekday that does not match its date.</summary>
    public static readonly DiagnosticDescriptor WeekdayMismatch = Create(
        DiagnosticIds.WeekdayMismatch, "Weekday does not match the date", DiagnosticSeverity.Warning,
        "The article names a weekday beside a date that fell on another day; one of them is wrong.");

    /// <summary>FG0002: the same fact with different values.</summary>
    public static readonly DiagnosticDescriptor ConflictingFacts = Create(
        DiagnosticIds.ConflictingFacts, "Articles disagree on a fact", DiagnosticSeverity.Warning,
        "The same fact (a date, a count, a title) has different values in different places.");

    /// <summary>FG0003: a quotation without a speaker.</summary>
    public static readonly DiagnosticDescriptor UnattributedQuote = Create(
        DiagnosticIds.UnattributedQuote, "Quotation without an attributable speaker", DiagnosticSeverity.Info,
        "A direct quotation whose speaker could not be found; it is kept with no speaker.");

    /// <summary>FG0004: an article with no facts.</summary>
    public static readonly DiagnosticDescriptor NoFacts = Create(
        DiagnosticIds.NoFacts, "Article has no extractable facts", DiagnosticSeverity.Info,
        "No people, organizations, quotations or event facts were found in the article.");

    /// <summary>FG0005: an unreadable article.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        DiagnosticIds.UnreadableFile, "Article cannot be read", DiagnosticSeverity.Warning,
        "The article could not be read; it contributes no facts.");

    /// <summary>FG0006: an article over the size limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Create(
        DiagnosticIds.FileTooLarge, "Article is too large", DiagnosticSeverity.Warning,
        "The article is larger than FactGenMaxArticleBytes; it is skipped.");

    /// <summary>FG0007: an option value that makes no sense.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption, "Invalid FactGen option", DiagnosticSeverity.Warning,
        "An MSBuild property for FactGen has a value that makes no sense; its default is used.");

    /// <summary>FG0008: an override that matches nothing.</summary>
    public static readonly DiagnosticDescriptor OverrideMatchesNothing = Create(
        DiagnosticIds.OverrideMatchesNothing, "Override matches nothing", DiagnosticSeverity.Warning,
        "An entry of an overrides file names a fact that was not extracted; it has no effect.");

    /// <summary>FG0009: an overrides line that cannot be parsed.</summary>
    public static readonly DiagnosticDescriptor InvalidOverrides = Create(
        DiagnosticIds.InvalidOverrides, "Override cannot be parsed", DiagnosticSeverity.Warning,
        "A line of an overrides file does not follow the documented format; it is ignored.");

    /// <summary>FG0010: an internal failure.</summary>
    public static readonly DiagnosticDescriptor InternalError = Create(
        DiagnosticIds.InternalError, "FactGen internal error", DiagnosticSeverity.Warning,
        "FactGen failed on part of its work; the rest was still generated.");

    /// <summary>FG0011: an article that is not text.</summary>
    public static readonly DiagnosticDescriptor NotText = Create(
        DiagnosticIds.NotText, "Article is not text", DiagnosticSeverity.Warning,
        "More than one character in 20 is a NUL or another control character, as in a binary file; the article is skipped.");

    /// <summary>FG0012: an article in UTF-16 without a byte-order mark.</summary>
    public static readonly DiagnosticDescriptor Utf16WithoutBom = Create(
        DiagnosticIds.Utf16WithoutBom, "Article is UTF-16 without a byte-order mark", DiagnosticSeverity.Info,
        "The article was recognised as UTF-16 by its NUL bytes and read as such; saving it as UTF-8 avoids the guess.");

    /// <summary>FG0013: an article too costly to analyse.</summary>
    public static readonly DiagnosticDescriptor TooComplex = Create(
        DiagnosticIds.TooComplex, "Article is too costly to analyse", DiagnosticSeverity.Warning,
        "The article's analysis needs far more work than its length warrants (pathological repetition or structure); it is skipped so the build does not stall.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new(System.StringComparer.Ordinal)
    {
        [WeekdayMismatch.Id] = WeekdayMismatch,
        [ConflictingFacts.Id] = ConflictingFacts,
        [UnattributedQuote.Id] = UnattributedQuote,
        [NoFacts.Id] = NoFacts,
        [UnreadableFile.Id] = UnreadableFile,
        [FileTooLarge.Id] = FileTooLarge,
        [InvalidOption.Id] = InvalidOption,
        [OverrideMatchesNothing.Id] = OverrideMatchesNothing,
        [InvalidOverrides.Id] = InvalidOverrides,
        [InternalError.Id] = InternalError,
        [NotText.Id] = NotText,
        [Utf16WithoutBom.Id] = Utf16WithoutBom,
        [TooComplex.Id] = TooComplex,
    };

    /// <summary>The descriptor for <paramref name="id"/>; an id the catalogue does not know is reported as an internal error.</summary>
    /// <summary>True when <paramref name="id"/> is one of FactGen's diagnostics.</summary>
    public static bool Exists(string id) => ById.ContainsKey(id);

    /// <summary>The descriptor of <paramref name="id"/>, or FG0010's for an unknown id.</summary>
    public static DiagnosticDescriptor For(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : InternalError;

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity, string description) =>
        new(id, title, "{0}", Category, severity, isEnabledByDefault: true, description: description);
}
