using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Generator.Tests.Infrastructure;

/// <summary>One input file of a test project.</summary>
/// <param name="Path">Path as MSBuild would give it.</param>
/// <param name="Text">Contents (null: unreadable).</param>
/// <param name="Metadata">Item metadata (short names such as FactGenArticle).</param>
internal sealed record TestFile(string Path, string? Text, IReadOnlyDictionary<string, string> Metadata)
{
    public const string Root = "/proj/";

    public static TestFile Article(string name, string text) =>
        new(Root + "articles/" + name, text, new Dictionary<string, string> { ["FactGenArticle"] = "true" });

    public static TestFile Overrides(string name, string text) =>
        new(Root + name, text, new Dictionary<string, string> { ["FactGenOverrides"] = "true" });

    public static TestFile Other(string name, string text) => new(Root + name, text, new Dictionary<string, string>());
}

/// <summary>Builds a compilation and a generator driver around <see cref="FactsGenerator"/>.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(CSharpParseOptions? parseOptions = null, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions ?? ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(
        IEnumerable<TestFile> files,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null) =>
        DriverWithTexts(files, properties, parseOptions).Driver;

    /// <summary>A driver and the AdditionalText objects it was given (to replace one later).</summary>
    public static (GeneratorDriver Driver, AdditionalText[] Texts) DriverWithTexts(
        IEnumerable<TestFile> files,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null)
    {
        var list = files.ToList();
        var texts = list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        var global = (properties ?? new Dictionary<string, string>())
            .ToDictionary(p => "build_property." + p.Key, p => p.Value);
        var perFile = list.ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)f.Metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            new TestOptionsProvider(global, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver, texts);
    }

    /// <summary>Runs the generator once on an empty compilation.</summary>
    public static GeneratorDriver Run(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null) =>
        Driver(files, properties, parseOptions).RunGenerators(Compilation(parseOptions));

    /// <summary>The generated source: every file the generator adds (the main file and any shards), by hint name.</summary>
    public static string Source(GeneratorDriver driver) =>
        string.Concat(driver.GetRunResult().Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => s.SourceText.ToString()));

    /// <summary>Diagnostics as a compiler prints them, paths relative to the test project root.</summary>
    public static string DiagnosticsText(GeneratorDriver driver) =>
        string.Concat(driver.GetRunResult().Diagnostics.Select(d => Format(d) + "\n"));

    public static string Format(Diagnostic d)
    {
        var where = string.Empty;
        if (d.Location.Kind != LocationKind.None)
        {
            var span = d.Location.GetLineSpan();
            var path = span.Path.StartsWith(TestFile.Root, StringComparison.Ordinal) ? span.Path.Substring(TestFile.Root.Length) : span.Path;
            where = $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): ";
        }

        return $"{where}{d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(typeof(global::FactGen.FactSet).Assembly.Location)
            .Distinct(StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });
}
