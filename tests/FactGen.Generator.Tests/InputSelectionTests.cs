using System.Collections.Generic;
using System.Linq;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

/// <summary>Only AdditionalFiles marked as articles are read; evidence uses FactGenSourceName when given.</summary>
public class InputSelectionTests
{
    [Fact]
    public void NonArticleAdditionalFilesAreIgnored()
    {
        var withOthers = GeneratorHarness.Run(new[]
        {
            TestFile.Article("expo.txt", Corpora.Expo),
            TestFile.Other("PublicAPI.Shipped.txt", "#nullable enable\nFactGen.Facts.All.get -> FactGen.FactSet!\n"),
            TestFile.Other("notes.txt", Corpora.Unattributed),
            new TestFile(TestFile.Root + "flag-false.txt", Corpora.ExpoFollowUp, new Dictionary<string, string> { ["FactGenArticle"] = "false" }),
        });
        var alone = GeneratorHarness.Run(new[] { TestFile.Article("expo.txt", Corpora.Expo) });

        Assert.Equal(GeneratorHarness.Source(alone), GeneratorHarness.Source(withOthers));
        Assert.Equal(GeneratorHarness.DiagnosticsText(alone), GeneratorHarness.DiagnosticsText(withOthers));
        Assert.DoesNotContain("PublicAPI", GeneratorHarness.Source(withOthers));
    }

    [Fact]
    public void EvidenceUsesTheSourceNameMetadata()
    {
        var file = new TestFile(TestFile.Root + "deep/folder/expo.txt", Corpora.Expo, new Dictionary<string, string>
        {
            ["FactGenArticle"] = "true",
            ["FactGenSourceName"] = "news/expo.txt",
        });
        var source = GeneratorHarness.Source(GeneratorHarness.Run(new[] { file }));
        Assert.Contains("\"news/expo.txt\"", source);
        Assert.DoesNotContain("deep/folder", source);
    }

    [Fact]
    public void WithoutArticlesAnEmptyFactSetIsStillGenerated()
    {
        var driver = GeneratorHarness.Run(Enumerable.Empty<TestFile>());
        var source = GeneratorHarness.Source(driver);
        Assert.Contains("public static global::FactGen.FactSet All", source);
        Assert.Empty(driver.GetRunResult().Diagnostics);
    }
}
