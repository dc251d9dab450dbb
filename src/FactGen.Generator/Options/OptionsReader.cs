using System;
using System.Collections.Generic;
using System.Globalization;
using FactGen.Extraction;
using FactGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generator.Options;

/// <summary>
/// Reads the MSBuild contract that the FactGen package's buildTransitive targets expose
/// (CompilerVisibleProperty / CompilerVisibleItemMetadata). Do not rename these keys: the
/// targets produce exactly them.
/// </summary>
internal static class OptionsReader
{
    /// <summary>Item metadata that marks an AdditionalFile as an article ("true").</summary>
    public const string ArticleMetadata = "build_metadata.AdditionalFiles.FactGenArticle";

    /// <summary>Item metadata with the name evidence uses for an article (else its file name).</summary>
    public const string SourceNameMetadata = "build_metadata.AdditionalFiles.FactGenSourceName";

    /// <summary>Item metadata that marks an AdditionalFile as an overrides file ("true").</summary>
    public const string OverridesMetadata = "build_metadata.AdditionalFiles.FactGenOverrides";

    /// <summary>Namespace of the generated class.</summary>
    public const string NamespaceProperty = "build_property.FactGenNamespace";

    /// <summary>The project's root namespace, the default namespace.</summary>
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>Name of the generated class.</summary>
    public const string ClassNameProperty = "build_property.FactGenClassName";

    /// <summary>Which parts of the API to emit.</summary>
    public const string EmitProperty = "build_property.FactGenEmit";

    /// <summary>Size limit of one article in bytes.</summary>
    public const string MaxArticleBytesProperty = "build_property.FactGenMaxArticleBytes";

    /// <summary>Default severities by id: "FG0003=warning; FG0004=none".</summary>
    public const string DiagnosticSeverityProperty = "build_property.FactGenDiagnosticSeverity";

    private static readonly Dictionary<string, DiagnosticSeverity?> SeverityNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = DiagnosticSeverity.Error,
        ["warning"] = DiagnosticSeverity.Warning,
        ["info"] = DiagnosticSeverity.Info,
        ["suggestion"] = DiagnosticSeverity.Info,
        ["hidden"] = DiagnosticSeverity.Hidden,
        ["silent"] = DiagnosticSeverity.Hidden,
        ["none"] = null,
    };

    private static readonly Dictionary<string, EmitCategories> CategoryNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = EmitCategories.All,
        ["none"] = EmitCategories.None,
        ["event"] = EmitCategories.Event,
        ["events"] = EmitCategories.Event,
        ["speakers"] = EmitCategories.Speakers,
        ["people"] = EmitCategories.People,
        ["firms"] = EmitCategories.Firms,
        ["organizations"] = EmitCategories.Organizations,
        ["quotes"] = EmitCategories.Quotes,
        ["documents"] = EmitCategories.Documents,
        ["constants"] = EmitCategories.Constants,
    };

    /// <summary>What an AdditionalFile is to FactGen, from its metadata.</summary>
    public static InputFile Classify(string path, AnalyzerConfigOptions options)
    {
        var kind = IsTrue(options, ArticleMetadata) ? InputKind.Article
            : IsTrue(options, OverridesMetadata) ? InputKind.Overrides
            : InputKind.Ignored;
        var name = kind == InputKind.Ignored ? string.Empty : SourceName(path, options);
        return new InputFile(kind, path, name);
    }

    /// <summary>Reads and validates the global options; each bad value becomes FG0007 and its default.</summary>
    public static GeneratorOptions Read(AnalyzerConfigOptions global)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var ns = GeneratorOptions.DefaultNamespace;
        var configured = Value(global, NamespaceProperty);
        if (configured is not null)
        {
            if (IsValidNamespace(configured))
            {
                ns = configured;
            }
            else
            {
                diagnostics.Add(Invalid("FactGenNamespace", configured, "a dotted C# namespace", GeneratorOptions.DefaultNamespace));
            }
        }
        else if (Value(global, RootNamespaceProperty) is { } root && IsValidNamespace(root))
        {
            ns = root;
        }

        var className = GeneratorOptions.DefaultClassName;
        if (Value(global, ClassNameProperty) is { } name)
        {
            if (IsValidIdentifier(name) && !System.Linq.Enumerable.Contains(Emit.FactsEmitter.ReservedClassNames, name))
            {
                className = name;
            }
            else
            {
                diagnostics.Add(Invalid("FactGenClassName", name, "a C# identifier other than the names of the class's own members", GeneratorOptions.DefaultClassName));
            }
        }

        var emit = EmitCategories.All;
        if (Value(global, EmitProperty) is { } emitText)
        {
            if (TryParseCategories(emitText, out var parsed))
            {
                emit = parsed;
            }
            else
            {
                diagnostics.Add(Invalid("FactGenEmit", emitText,
                    "'all' or a comma-separated list of event, speakers, people, firms, organizations, quotes, documents, constants", "all"));
            }
        }

        var maxBytes = GeneratorOptions.DefaultMaxArticleBytes;
        if (Value(global, MaxArticleBytesProperty) is { } maxText)
        {
            if (long.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                maxBytes = parsed;
            }
            else
            {
                diagnostics.Add(Invalid("FactGenMaxArticleBytes", maxText, "a positive whole number of bytes",
                    GeneratorOptions.DefaultMaxArticleBytes.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var severities = new List<SeverityOverride>();
        if (Value(global, DiagnosticSeverityProperty) is { } severityText)
        {
            foreach (var part in severityText.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (TryParseSeverity(part, out var chosen))
                {
                    severities.Add(chosen);
                }
                else if (part.Trim().Length > 0)
                {
                    diagnostics.Add(Invalid("FactGenDiagnosticSeverity", part.Trim(),
                        "ID=SEVERITY with an FG id and one of error, warning, info, hidden, none", "the id's default severity"));
                }
            }
        }

        return new GeneratorOptions(ns, className, emit, maxBytes, severities.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Parses "all" or "event, people; quotes" (commas, semicolons or spaces); false on any unknown name.</summary>
    public static bool TryParseCategories(string text, out EmitCategories categories)
    {
        categories = EmitCategories.None;
        var any = false;
        foreach (var part in text.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!CategoryNames.TryGetValue(part, out var category))
            {
                return false;
            }

            categories |= category;
            any = true;
        }

        return any;
    }

    /// <summary>Parses "FG0003=warning" (an id of the catalogue and a severity name).</summary>
    public static bool TryParseSeverity(string text, out SeverityOverride chosen)
    {
        chosen = null!;
        var equals = text.IndexOf('=');
        if (equals < 0)
        {
            return false;
        }

        var id = text.Substring(0, equals).Trim().ToUpperInvariant();
        var name = text.Substring(equals + 1).Trim();
        if (!DiagnosticDescriptors.Exists(id) || !SeverityNames.TryGetValue(name, out var severity))
        {
            return false;
        }

        chosen = new SeverityOverride(id, severity);
        return true;
    }

    /// <summary>True for a non-keyword C# identifier.</summary>
    public static bool IsValidIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) &&
        SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None &&
        SyntaxFacts.GetContextualKeywordKind(name) is not (SyntaxKind.GlobalKeyword);

    private static bool IsValidNamespace(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (!IsValidIdentifier(part) || string.Equals(part, "global", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string SourceName(string path, AnalyzerConfigOptions options)
    {
        var name = Value(options, SourceNameMetadata);
        return name is not null ? name.Replace('\\', '/') : System.IO.Path.GetFileName(path);
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The trimmed value, or null when missing or blank (MSBuild passes unset properties as "").</summary>
    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DiagnosticInfo Invalid(string property, string value, string expected, string fallback) =>
        DiagnosticInfo.Nowhere(DiagnosticIds.InvalidOption,
            $"FactGen option {property} = '{value}' is not {expected}; using '{fallback}'");
}
