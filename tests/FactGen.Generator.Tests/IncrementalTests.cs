using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Generator.Model;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generator.Tests;

/// <summary>Editing one article re-extracts that article only; a no-op run reruns nothing.</summary>
public class IncrementalTests
{
    [Fact]
    public void EditingOneArticleReExtractsOnlyThatArticle()
    {
        var files = Corpora.Seeds();
        files.Add(TestFile.Article("expo.txt", Corpora.Expo));
        files.Add(TestFile.Article("expo-2.txt", Corpora.ExpoFollowUp));
        AssertOnlyTheEditedArticleIsReExtracted(files, files[1]);
    }

    [Fact]
    public void EditingOneArticleOfALargeCorpusReExtractsOnlyThatArticle()
    {
        var files = GeneratedCorpus.Articles(400);
        AssertOnlyTheEditedArticleIsReExtracted(files, files[217]);
    }

    [Fact]
    public void NoOpRunLeavesEveryStepCachedOrUnchanged()
    {
        var files = Corpora.Seeds();
        files.Add(TestFile.Overrides("facts.overrides.txt", "drop person Nobody Atall\n"));
        files.Add(TestFile.Other("PublicAPI.Shipped.txt", "#nullable enable\n"));
        AssertNoOpRunIsCachedOrUnchanged(files);
    }

    [Fact]
    public void NoOpRunOnALargeCorpusLeavesEveryStepCachedOrUnchanged() =>
        AssertNoOpRunIsCachedOrUnchanged(GeneratedCorpus.Articles(400));

    [Fact]
    public void AnEditThatMovesNoFactDoesNotReConsolidate()
    {
        var files = GeneratedCorpus.Articles(50);
        var compilation = GeneratorHarness.Compilation();
        var (created, texts) = GeneratorHarness.DriverWithTexts(files);
        var driver = created.RunGenerators(compilation);
        var first = GeneratorHarness.Source(driver);

        // Blank lines after the last sentence: the article is re-read, but its facts stay the same.
        var original = texts[20];
        var replacement = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString() + "\n\n\n");
        driver = driver.ReplaceAdditionalText(original, replacement).RunGenerators(compilation.Clone());

        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(first, GeneratorHarness.Source(driver));
        Assert.Contains(result.TrackedSteps[TrackingNames.Extract].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        foreach (var name in new[] { TrackingNames.Consolidate, TrackingNames.Curate, TrackingNames.Emit })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void AnEditThatAddsAPersonAndAQuoteReEmitsOnlyAFewShards()
    {
        // Enough articles to be split into shards (a small corpus is one file).
        var files = GeneratedCorpus.Articles(2400);
        var compilation = GeneratorHarness.Compilation();
        var (created, texts) = GeneratorHarness.DriverWithTexts(files);
        var driver = created.RunGenerators(compilation);
        Assert.True(driver.GetRunResult().Results.Single().GeneratedSources.Length > 1, "the corpus should be sharded");

        var original = texts[1517];
        var replacement = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString() + "\n\"The vote comes next week,\" Mayor Clara Jensen said.\n");
        driver = driver.ReplaceAdditionalText(original, replacement).RunGenerators(compilation.Clone());

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains("ClaraJensen", GeneratorHarness.Source(driver));
        var shards = result.TrackedSteps[TrackingNames.Shards].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(Emit.ShardKeys.MaxShards, shards.Count);
        var changed = shards.Count(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.True(changed is >= 1 and <= 3, $"{changed} shards changed");
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        var rerun = outputs.Count(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.True(rerun <= 4, $"{rerun} of {outputs.Count} output steps reran");

        // The incremental result is what a fresh run over the edited corpus gives.
        var fresh = GeneratorHarness.DriverWithTexts(files.Select(f => f.Path == original.Path ? f with { Text = replacement.GetText()!.ToString() } : f))
            .Driver.RunGenerators(compilation.Clone());
        Assert.Equal(GeneratorHarness.Source(fresh), GeneratorHarness.Source(driver));
    }

    private static void AssertOnlyTheEditedArticleIsReExtracted(List<TestFile> files, TestFile edited)
    {
        var compilation = GeneratorHarness.Compilation();
        var (created, texts) = GeneratorHarness.DriverWithTexts(files);
        var driver = created.RunGenerators(compilation);

        var old = driver.GetRunResult().Results.Single(); // first run: everything New
        Assert.All(old.TrackedSteps[TrackingNames.Extract], s => Assert.All(s.Outputs, o => Assert.Equal(IncrementalStepRunReason.New, o.Reason)));

        var original = texts.Single(t => t.Path == edited.Path);
        var replacement = new InMemoryAdditionalText(edited.Path, edited.Text + "\n\n\"Extra words for the test,\" Mayor Clara Jensen said.\n");
        driver = driver.ReplaceAdditionalText(original, replacement).RunGenerators(compilation.Clone());

        var steps = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Extract];
        Assert.Equal(files.Count, steps.Length);
        foreach (var step in steps)
        {
            var (value, reason) = step.Outputs.Single();
            var article = Assert.IsType<ArticleResult>(value);
            var expected = article.Path == edited.Path ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Cached;
            Assert.True(expected == reason, $"{article.Name}: expected {expected}, was {reason}");
        }
    }

    private static void AssertNoOpRunIsCachedOrUnchanged(List<TestFile> files)
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        var first = GeneratorHarness.Source(driver);

        driver = driver.RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(first, GeneratorHarness.Source(driver));
        foreach (var (name, steps) in result.TrackedSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} was {reason}");
                }
            }
        }

        foreach (var (_, reason) in result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
        {
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output step was {reason}");
        }
    }

    [Fact]
    public void PipelineModelsHoldNoCompilationSymbolsOrSyntax()
    {
        var driver = GeneratorHarness.Run(Corpora.Seeds());
        var result = driver.GetRunResult().Results.Single();
        var names = new[] { TrackingNames.Extract, TrackingNames.Consolidate, TrackingNames.Curate, TrackingNames.Emit, TrackingNames.Options, TrackingNames.Overrides };
        foreach (var name in names.Where(result.TrackedSteps.ContainsKey))
        {
            foreach (var (value, _) in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynState(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            }
        }
    }

    private static void AssertNoRoslynState(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 12 || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel, $"step {step} holds a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynState(item, step, seen, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynState(property.GetValue(value), step, seen, depth + 1);
        }
    }
}
