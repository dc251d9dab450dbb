using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactGen.Generator;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Benchmarks;

/// <summary>
/// The generator as the compiler drives it, over all 2,225 BBC articles: a full run from nothing,
/// a run after one article is edited, and a run with no change at all.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private InMemoryAdditionalText[] _articles = null!;
    private GeneratorDriver _warmDriver = null!;
    private InMemoryAdditionalText _edited = null!;
    private InMemoryAdditionalText _editedWithNewFacts = null!;
    private TestOptionsProvider _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BbcCorpus.Load();
        _articles = corpus.Articles.Select(a => new InMemoryAdditionalText("/bbc/" + a.Name, a.Text)).ToArray();
        var article = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactGenArticle"] = "true" };
        _options = new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bbc" },
            _articles.ToDictionary(a => a.Path, _ => (IReadOnlyDictionary<string, string>)article));
        _compilation = CSharpCompilation.Create("Bbc", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _warmDriver = CreateDriver().RunGenerators(_compilation);
        var victim = _articles[_articles.Length / 2];
        var text = victim.GetText()!.ToString();

        // Typing that leaves the article's facts as they were, and an edit that adds a person and a quote.
        _edited = new InMemoryAdditionalText(victim.Path, text + "\nThe minister said the talks would resume on Monday.");
        _editedWithNewFacts = new InMemoryAdditionalText(victim.Path, text + "\n\"We will resume the talks on Monday,\" said Minister Oskar Lindqvist.");
    }

    [Benchmark(Baseline = true, Description = "generator: full run, 2,225 articles")]
    public GeneratorDriver FullRun() => CreateDriver().RunGenerators(_compilation);

    [Benchmark(Description = "generator: one article edited, same facts")]
    public GeneratorDriver IncrementalRun() =>
        _warmDriver.ReplaceAdditionalText(_articles[_articles.Length / 2], _edited).RunGenerators(_compilation);

    [Benchmark(Description = "generator: one article edited, new person and quote")]
    public GeneratorDriver IncrementalRunWithNewFacts() =>
        _warmDriver.ReplaceAdditionalText(_articles[_articles.Length / 2], _editedWithNewFacts).RunGenerators(_compilation);

    [Benchmark(Description = "generator: no change")]
    public GeneratorDriver NoOpRun() => _warmDriver.RunGenerators(_compilation);

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            _articles,
            (CSharpParseOptions)CSharpParseOptions.Default,
            _options);
}
