using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactGen.Extraction;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

/// <summary>
/// The engine reuses per-thread working state (arrays, lists, people objects) from one article to the next. Nothing of
/// one article may reach another: an article gives the same facts on a fresh thread as after any other articles.
/// </summary>
public class ScratchReuseTests
{
    /// <summary>BBC articles taken, when the corpus is beside the repository: many shapes of news text.</summary>
    private const int CorpusArticles = 300;

    [Fact]
    public void EveryArticleGivesTheSameFactsAfterOtherArticlesOnOneThreadAsOnAFreshThread()
    {
        var articles = Articles();
        var fresh = articles.Select(a => OnFreshThread(() => DocumentExtractor.Extract(a.Name, a.Text))).ToList();

        // In order, in reverse and shuffled, each time on one thread that has seen every article before.
        var random = new Random(7);
        var orders = new[]
        {
            Enumerable.Range(0, articles.Count).ToList(),
            Enumerable.Range(0, articles.Count).Reverse().ToList(),
            Enumerable.Range(0, articles.Count).OrderBy(_ => random.Next()).ToList(),
        };
        var reused = OnFreshThread(() => orders.Select(order => order.Select(i => (i, DocumentExtractor.Extract(articles[i].Name, articles[i].Text))).ToList()).ToList());

        foreach (var run in reused)
        {
            foreach (var (i, facts) in run)
            {
                Assert.True(fresh[i].Equals(facts), $"{articles[i].Name} gave other facts after other articles on the same thread");
            }
        }
    }

    private static List<(string Name, string Text)> Articles()
    {
        var articles = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
        articles.Add(("expo.txt", Corpora.Expo));
        articles.Add(("expo-2.txt", Corpora.ExpoFollowUp));
        articles.Add(("festival.txt", Corpora.Unattributed));
        articles.Add(("names.txt", string.Join(" ", Enumerable.Range(0, 400).Select(i => "Mayor Ana Vex" + i + " met Dr Olu Brandt" + i + ".")) + " \"Fine,\" she said."));

        var bbc = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", "bbc"));
        if (Directory.Exists(bbc))
        {
            articles.AddRange(Directory.EnumerateFiles(bbc, "*.txt", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Where((_, i) => i % 7 == 0)
                .Take(CorpusArticles)
                .Select(p => (Path.GetRelativePath(bbc, p), File.ReadAllText(p))));
        }

        return articles;
    }

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("extraction failed on its thread", failure);
        }

        return result;
    }
}
