using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction;
using FactGen.Extraction.Consolidation;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

/// <summary>
/// The generator consolidates with a <see cref="ConsolidationCache"/> that remembers near quotations between runs;
/// whatever it remembers, each run must give exactly what the one-shot consolidation (the CLI's) gives.
/// </summary>
public class ConsolidationCacheTests
{
    [Fact]
    public void SeedsGiveTheSameFactsWithACache() => AssertSameThroughEdits(Corpora.Seeds(), edits: 6);

    [Fact]
    public void AGeneratedCorpusGivesTheSameFactsThroughManyEdits() => AssertSameThroughEdits(GeneratedCorpus.Articles(300), edits: 24);

    [Fact]
    public void ManyChangesAtOnceAndRemovedArticlesGiveTheSameFacts()
    {
        var files = GeneratedCorpus.Articles(200);
        var documents = files.Select(Extract).ToList();
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);

        // More changed quotations than the cache compares one by one: it searches them all again.
        var edited = documents.ToList();
        for (var i = 0; i < edited.Count; i += 3)
        {
            edited[i] = Extract(files[i] with { Text = files[i].Text + "\n\"The ferries are late again,\" Mayor Ada Moss said.\n" });
        }

        AssertSame(edited, cache);
        edited.RemoveRange(50, 40);
        AssertSame(edited, cache);

        // The same document object twice cannot be matched to last time's by object: the cache steps aside.
        edited.Add(edited[0]);
        AssertSame(edited, cache);
        AssertSame(documents, cache);
    }

    [Fact]
    public void ManyNearQuotationsOfEveryLengthGroupTheSameThroughEdits()
    {
        // Quotations drawn from a small vocabulary: many pairs sit right at the nearness thresholds, where the indexed
        // search (first run) and the one-by-one comparison (after an edit) must agree with the one-shot grouping.
        var random = new Random(3);
        string Quote()
        {
            // A variant of one of many base wordings (disjoint words, so groups stay small): a slice of it, with words
            // dropped, added or moved.
            var basis = random.Next(30);
            var start = random.Next(4);
            var quote = Enumerable.Range(start, 3 + random.Next(7)).Select(w => $"word{basis}x{w}").ToList();
            for (var change = random.Next(3); change > 0; change--)
            {
                switch (random.Next(3))
                {
                    case 0 when quote.Count > 3: quote.RemoveAt(random.Next(quote.Count)); break;
                    case 1: quote.Insert(random.Next(quote.Count + 1), $"word{basis}x{random.Next(12)}"); break;
                    default: quote.Reverse(); break;
                }
            }

            return string.Join(" ", quote);
        }

        string Article(int i) =>
            $"Harbour notes {i}\n\n" +
            $"\"{Quote()},\" Mayor Ada Moss said.\n\n" +
            $"\"{Quote()},\" said Jonas Keller.\n\n" +
            $"Officials wrote: \"{Quote()}.\"\n";

        var files = Enumerable.Range(0, 120).Select(i => TestFile.Article($"n{i:D3}.txt", Article(i))).ToList();
        var documents = files.Select(Extract).ToList();
        var grouped = Consolidator.Consolidate(documents).Quotes;
        Assert.True(grouped.Count(q => q.Variants.Count > 0) >= 10, $"the corpus should have many near quotations, has {grouped.Count(q => q.Variants.Count > 0)}");
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);
        for (var e = 0; e < 30; e++)
        {
            var k = random.Next(documents.Count);
            documents[k] = Extract(files[k] with { Text = Article(1000 + e) });
            AssertSame(documents, cache);
        }
    }

    private static void AssertSameThroughEdits(List<TestFile> files, int edits)
    {
        var documents = files.Select(Extract).ToList();
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);
        var random = new Random(17);
        string[] lines =
        {
            "\n\"We will keep going until the job is done,\" said Mayor Clara Jensen.\n",
            "\n\"We expect 4 new ferries before the spring,\" Ada Moss said.\n",
            "\n\"Machines should help people, not replace them,\" Clara Jensen said.\n",
            "\nJensen said the harbour would reopen. \"It is a good day,\" she said.\n",
            "\nVice Mayor Ada Moss opened the fair with Harbor Logistics and the Moss Foundation.\n",
        };

        var current = documents.ToList();
        for (var e = 0; e < edits; e++)
        {
            var k = random.Next(files.Count);
            current[k] = (e % 3) switch
            {
                0 => Extract(files[k] with { Text = files[k].Text + lines[e % lines.Length] }),
                1 => Extract(files[k]), // same facts, a new object
                _ => documents[k],      // back to the object the cache first saw
            };

            AssertSame(current, cache);
        }
    }

    private static void AssertSame(List<DocumentFacts> documents, ConsolidationCache cache)
    {
        var expected = Consolidator.Consolidate(documents);
        var actual = Consolidator.Consolidate(documents, cache);
        Assert.Equal(expected, actual);
    }

    private static DocumentFacts Extract(TestFile file) =>
        DocumentExtractor.Extract(file.Path.Substring(file.Path.LastIndexOf('/') + 1), file.Text!);
}
