using System;
using System.Linq;
using System.Threading;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generator.Tests;

/// <summary>A failure on one input becomes one FG0010 diagnostic and the rest still generates.</summary>
public class FailureTests
{
    [Fact]
    public void AnArticleThatThrowsBecomesOneDiagnosticAndTheRestGenerates()
    {
        var texts = new AdditionalText[] { new ThrowingText(TestFile.Root + "articles/broken.txt"), new InMemoryAdditionalText(TestFile.Root + "articles/expo.txt", Corpora.Expo) };
        var options = new TestOptionsProvider(
            new System.Collections.Generic.Dictionary<string, string>(),
            texts.ToDictionary(t => t.Path, t => (System.Collections.Generic.IReadOnlyDictionary<string, string>)new System.Collections.Generic.Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.FactGenArticle"] = "true",
            }));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new FactsGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, options);
        driver = driver.RunGenerators(GeneratorHarness.Compilation());

        var result = driver.GetRunResult();
        var failure = Assert.Single(result.Diagnostics, d => d.Id == "FG0010");
        Assert.Contains("broken.txt", failure.Location.GetLineSpan().Path);
        Assert.Contains("IOException", failure.GetMessage());
        Assert.Contains("\"expo.txt\"", GeneratorHarness.Source(driver));
        Assert.Null(result.Results.Single().Exception);
    }

    private sealed class ThrowingText : AdditionalText
    {
        public ThrowingText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new System.IO.IOException("disk on fire");
    }
}
