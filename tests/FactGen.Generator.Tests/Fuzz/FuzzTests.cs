using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace FactGen.Generator.Tests.Fuzz;

/// <summary>
/// The seeded fuzz run: thousands of random and mutated articles through engine, generator and
/// compiler, many per compilation. Every batch must compile with no error and no warning, carry
/// every extracted string as a literal of exactly that value, and show nothing invisible raw.
/// Settings: <see cref="FuzzSettings"/>; a longer run: tools/fuzz.sh.
/// </summary>
public class FuzzTests
{
    /// <summary>File names are article data too: some batches use ones that try to break out.</summary>
    private static readonly string[] HostileFileNameParts = { "\"; }", "{0}", "*", "\u202E", "<summary>", "\u200B", "\u00E9", " ", "\\", "&amp;", "class" };

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void RandomArticlesAlwaysGiveCleanCodeThatMeansExactlyTheText()
    {
        var settings = FuzzSettings.FromEnvironment();
        var clock = Stopwatch.StartNew();
        var factory = new ArticleFactory(SentencePool.Load(settings));
        var loaded = clock.Elapsed;
        var batches = (settings.Iterations + settings.BatchSize - 1) / settings.BatchSize;
        for (var batch = 0; batch < batches; batch++)
        {
            var first = batch * settings.BatchSize;
            var articles = Enumerable.Range(first, Math.Min(settings.BatchSize, settings.Iterations - first))
                .Select(i => Article(settings, factory, i))
                .ToList();
            var parseOptions = batch % 4 == 3 ? GeneratedCodeChecks.CSharp73 : GeneratedCodeChecks.Modern;
            var problems = GeneratedCodeChecks.Problems(articles, parseOptions);
            if (Environment.GetEnvironmentVariable("FACTGEN_FUZZ_DUMP") is { Length: > 0 } dump)
            {
                // For a look at what the articles became: each batch's generated source.
                System.IO.Directory.CreateDirectory(dump);
                var source = string.Concat(GeneratedCodeChecks.Generate(articles, parseOptions).Trees.Select(t => t.GetText().ToString()));
                System.IO.File.WriteAllText(System.IO.Path.Combine(dump, $"batch{batch:D4}.g.cs"), source);
            }

            if (problems.Count > 0)
            {
                Assert.Fail(Explain(settings, batch, articles, parseOptions, problems));
            }
        }

        _output.WriteLine(
            $"{settings.Iterations} articles in {batches} compilations, seed {settings.Seed}, corpus {settings.CorpusFolder ?? "(none)"}: " +
            $"{clock.Elapsed.TotalSeconds:F1} s ({loaded.TotalSeconds:F1} s loading sentences).");
    }

    /// <summary>Article <paramref name="index"/> of the run: depends only on the seed, the index and the corpus.</summary>
    private static FuzzArticle Article(FuzzSettings settings, ArticleFactory factory, int index)
    {
        var random = new Random(unchecked((settings.Seed * 1000003) + index));
        var name = "a" + index.ToString("D5", CultureInfo.InvariantCulture);
        if (random.Next(10) == 0)
        {
            name += HostileFileNameParts[random.Next(HostileFileNameParts.Length)];
        }

        return new FuzzArticle(name + ".txt", factory.Create(random));
    }

    /// <summary>The failure message: the seed, which article fails on its own, and that article shrunk.</summary>
    private static string Explain(FuzzSettings settings, int batch, List<FuzzArticle> articles, CSharpParseOptions parseOptions, List<string> problems)
    {
        var message = new StringBuilder();
        message.AppendLine($"Fuzz failure, seed {settings.Seed}, batch {batch} (C# {parseOptions.LanguageVersion}). Reproduce: {settings.Reproduce}");
        message.AppendLine("Problems in the batch:");
        foreach (var p in problems.Take(10))
        {
            message.AppendLine("  " + p);
        }

        var alone = articles.FirstOrDefault(a => GeneratedCodeChecks.Problems(new[] { a }, parseOptions).Count > 0);
        if (alone is null)
        {
            message.AppendLine("No article fails on its own: the batch fails only as a whole (" + articles.Count + " articles, " +
                articles[0].Name + " to " + articles[^1].Name + ").");
            return message.ToString();
        }

        bool Fails(string text) => GeneratedCodeChecks.Problems(new[] { alone with { Text = text } }, parseOptions).Count > 0;
        var minimal = Minimizer.Minimize(alone.Text, Fails, TimeSpan.FromSeconds(60));
        message.AppendLine($"Article {alone.Name} fails on its own; shrunk from {alone.Text.Length} to {minimal.Length} characters:");
        message.AppendLine("  minimal article (C# literal): " + GeneratedCodeChecks.Show(minimal, 4000));
        message.AppendLine("  its problems:");
        foreach (var p in GeneratedCodeChecks.Problems(new[] { alone with { Text = minimal } }, parseOptions).Take(10))
        {
            message.AppendLine("    " + p);
        }

        message.AppendLine("  file name (C# literal): " + GeneratedCodeChecks.Show(alone.Name));
        message.AppendLine("  original article (C# literal): " + GeneratedCodeChecks.Show(alone.Text, 4000));
        return message.ToString();
    }
}
