using FactGen.Extraction;
using FactGen.Generator.Model;

namespace FactGen.Generator.Options;

/// <summary>The generator's options, read once from the global analyzer config.</summary>
/// <param name="Namespace">Namespace of the generated class.</param>
/// <param name="ClassName">Name of the generated class.</param>
/// <param name="Emit">Which parts of the API to emit.</param>
/// <param name="MaxArticleBytes">Articles larger than this (UTF-8 bytes) are skipped with FG0006.</param>
/// <param name="Severities">Default severities chosen in the project file, by diagnostic id.</param>
/// <param name="Diagnostics">FG0007 for every value that made no sense (its default was used).</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string ClassName,
    EmitCategories Emit,
    long MaxArticleBytes,
    EquatableArray<SeverityOverride> Severities,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Namespace used when neither FactGenNamespace nor a valid RootNamespace is set.</summary>
    public const string DefaultNamespace = "FactGen.Generated";

    /// <summary>Default class name.</summary>
    public const string DefaultClassName = "Facts";

    /// <summary>Default article size limit: 4 MiB.</summary>
    public const long DefaultMaxArticleBytes = 4L * 1024 * 1024;

    /// <summary>All defaults.</summary>
    public static GeneratorOptions Default { get; } =
        new(DefaultNamespace, DefaultClassName, EmitCategories.All, DefaultMaxArticleBytes,
            EquatableArray<SeverityOverride>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>
    /// Applies <see cref="Severities"/>: a diagnostic set to "none" is dropped, another gets its chosen severity.
    /// </summary>
    public DiagnosticInfo? WithChosenSeverity(DiagnosticInfo diagnostic)
    {
        foreach (var chosen in Severities)
        {
            if (chosen.Id == diagnostic.Id)
            {
                return chosen.Severity is { } severity ? diagnostic with { Severity = severity } : null;
            }
        }

        return diagnostic;
    }
}
