using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Generator.Tests.Infrastructure;
using static FactGen.Generator.Tests.Snapshots.Verifier;

namespace FactGen.Generator.Tests;

/// <summary>Diagnostics with their locations inside the .txt files, for small purpose-written corpora.</summary>
public class DiagnosticSnapshotTests
{
    [Fact]
    public Task UnattributedQuote() =>
        Verify(GeneratorHarness.DiagnosticsText(GeneratorHarness.Run(new[] { TestFile.Article("festival.txt", Corpora.Unattributed) })));

    [Fact]
    public Task WeekdayMismatch() =>
        Verify(GeneratorHarness.DiagnosticsText(GeneratorHarness.Run(new[] { TestFile.Article("council.txt", Corpora.WeekdayMismatch) })));

    [Fact]
    public Task ArticlesThatDisagree() =>
        Verify(GeneratorHarness.DiagnosticsText(GeneratorHarness.Run(Corpora.Conflict.Select(c => TestFile.Article(c.Name, c.Text)))));

    [Fact]
    public Task OverridesThatMatchNothingOrDoNotParse()
    {
        const string overrides =
            "# curation for the expo articles\n" +
            "drop person Nobody Atall\n" +
            "\n" +
            "  merge organization Brightgear Inc. = Kestrel Nonexistent\n" +
            "frobnicate person Clara Jensen\n" +
            "role person Clara Jensen = chairperson\n" +
            "pin event start = 4 March\n";
        var driver = GeneratorHarness.Run(new[]
        {
            TestFile.Article("expo.txt", Corpora.Expo),
            TestFile.Overrides("facts.overrides.txt", overrides),
        });
        return Verify(GeneratorHarness.DiagnosticsText(driver));
    }

    [Fact]
    public Task UnreadableAndOversizedArticles()
    {
        var driver = GeneratorHarness.Run(
            new[] { TestFile.Article("gone.txt", null!), TestFile.Article("big.txt", Corpora.Expo) },
            new Dictionary<string, string> { ["FactGenMaxArticleBytes"] = "100" });
        return Verify(GeneratorHarness.DiagnosticsText(driver));
    }

    [Fact]
    public Task InvalidOptions()
    {
        var driver = GeneratorHarness.Run(
            new[] { TestFile.Article("expo.txt", Corpora.Expo) },
            new Dictionary<string, string>
            {
                ["FactGenNamespace"] = "My-App.Facts",
                ["FactGenClassName"] = "class",
                ["FactGenEmit"] = "people,gossip",
                ["FactGenMaxArticleBytes"] = "-5",
            });
        return Verify(GeneratorHarness.DiagnosticsText(driver));
    }
}
