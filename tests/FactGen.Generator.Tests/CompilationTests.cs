using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction;
using FactGen.Generator.Emit;
using FactGen.Generator.Options;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Generator.Tests;

/// <summary>The generated code compiles with no warning (nullable on, XML docs checked) in modern and C# 7.3 consumers.</summary>
public class CompilationTests
{
    private const string Consumer = @"
namespace Consumer
{
    /// <summary>Uses the generated API.</summary>
    public static class Use
    {
        /// <summary>Touches every part of the API.</summary>
        public static int Touch()
        {
            global::FactGen.FactSet all = Waic2025.Facts.All;
            int count = all.People.Count + Waic2025.Facts.Quotes.All.Count + Waic2025.Facts.Documents.Count;
            count += Waic2025.Facts.People.All.Count + Waic2025.Facts.Speakers.All.Count;
            count += Waic2025.Facts.Firms.All.Count + Waic2025.Facts.Organizations.All.Count;
            const int articles = Waic2025.Facts.Constants.ArticleCount;
            return count + articles;
        }
    }
}
";

    [Fact]
    public void SeedsCompileWithoutWarnings()
    {
        var driver = GeneratorHarness.Run(Corpora.Seeds(), new Dictionary<string, string> { ["RootNamespace"] = "Waic2025" });
        AssertCompilesClean(GeneratorHarness.Source(driver), GeneratorHarness.ParseOptions, Consumer);
    }

    [Fact]
    public void PurposeWrittenArticlesCompileWithoutWarnings()
    {
        var driver = GeneratorHarness.Run(
            new[] { TestFile.Article("expo.txt", Corpora.Expo), TestFile.Article("expo-2.txt", Corpora.ExpoFollowUp), TestFile.Article("festival.txt", Corpora.Unattributed) },
            new Dictionary<string, string> { ["FactGenNamespace"] = "Waic2025" });
        AssertCompilesClean(GeneratorHarness.Source(driver), GeneratorHarness.ParseOptions, Consumer);
    }

    [Fact]
    public void SyntheticCorpusCompilesWithoutWarnings()
    {
        var options = GeneratorOptions.Default with { Namespace = "Waic2025" };
        AssertCompilesClean(FactsEmitter.Emit(Corpora.Synthetic(), options, nullable: true), GeneratorHarness.ParseOptions, Consumer +
            "namespace Consumer { /// <summary>More.</summary>\npublic static class More { /// <summary>Names.</summary>\npublic static string Names() => " +
            "Waic2025.Facts.Speakers.JaneDoe.Name + Waic2025.Facts.People.JaneDoe2.Name + Waic2025.Facts.People.JaneDoe3.Name + " +
            "Waic2025.Facts.People.Speakers2.Name + Waic2025.Facts.Firms._3M.Name + Waic2025.Facts.Organizations.Class.Name + " +
            "Waic2025.Facts.Firms.ToString2.Name + Waic2025.Facts.Event.Name + Waic2025.Facts.Constants.EventShortName + " +
            "Waic2025.Facts.Constants.ExhibitorsCount + Waic2025.Facts.Constants.DaysCount; } }");
    }

    [Fact]
    public void CompilesForCSharp73WithoutNullableDirective()
    {
        var old = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        var driver = GeneratorHarness.Run(
            new[] { TestFile.Article("expo.txt", Corpora.Expo) },
            new Dictionary<string, string> { ["RootNamespace"] = "Waic2025" },
            old);
        var source = GeneratorHarness.Source(driver);
        Assert.DoesNotContain("#nullable", source);
        AssertCompilesClean(source, old, Consumer, nullable: false);

        var synthetic = FactsEmitter.Emit(Corpora.Synthetic(), GeneratorOptions.Default with { Namespace = "Waic2025" }, nullable: false);
        AssertCompilesClean(synthetic, old, Consumer, nullable: false);
    }

    [Fact]
    public void CompilesAgainstNetStandard20()
    {
        var netstandard = typeof(CompilationTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetStandardReference").Value!;
        Assert.True(System.IO.File.Exists(netstandard), "netstandard.dll reference assembly not found at " + netstandard);
        var references = new MetadataReference[]
        {
            MetadataReference.CreateFromFile(netstandard),
            MetadataReference.CreateFromFile(typeof(global::FactGen.FactSet).Assembly.Location),
        };
        var latest = GeneratorHarness.Run(Corpora.Seeds(), new Dictionary<string, string> { ["RootNamespace"] = "Waic2025" });
        AssertCompilesClean(GeneratorHarness.Source(latest), GeneratorHarness.ParseOptions, Consumer, references: references);
        var synthetic = FactsEmitter.Emit(Corpora.Synthetic(), GeneratorOptions.Default with { Namespace = "Waic2025" }, nullable: false);
        AssertCompilesClean(synthetic, new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose), Consumer, nullable: false, references: references);
    }

    /// <summary>
    /// Issue 5's scale check: the Facts class for the whole BBC corpus (2,225 articles, read in place
    /// from ../shared beside the repository) compiles without a warning. Listed only where the corpus is.
    /// </summary>
    [Theory]
    [MemberData(nameof(BbcCorpus))]
    public void GeneratedSourceForTheWholeBbcCorpusCompiles(string folder)
    {
        var files = System.IO.Directory.EnumerateFiles(folder, "*.txt", System.IO.SearchOption.AllDirectories)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => TestFile.Article(System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), System.IO.File.ReadAllText(f)))
            .ToList();
        Assert.Equal(2225, files.Count);

        var driver = GeneratorHarness.Run(files, new Dictionary<string, string> { ["RootNamespace"] = "Bbc" });

        AssertCompilesClean(GeneratorHarness.Source(driver), GeneratorHarness.ParseOptions, "namespace Consumer { }");
    }

    public static IEnumerable<object[]> BbcCorpus()
    {
        var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoPaths.Root, "..", "shared", "corpora", "bbc"));
        if (System.IO.Directory.Exists(folder))
        {
            yield return new object[] { folder };
        }
    }

    private static void AssertCompilesClean(string generated, CSharpParseOptions parseOptions, string consumer, bool nullable = true, IEnumerable<MetadataReference>? references = null)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(generated, parseOptions, path: "Facts.g.cs"), CSharpSyntaxTree.ParseText(consumer, parseOptions, path: "Use.cs") },
            references ?? GeneratorHarness.Compilation().References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999));
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));

        using var stream = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
    }
}
