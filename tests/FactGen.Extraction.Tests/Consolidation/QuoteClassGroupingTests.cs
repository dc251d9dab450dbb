using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Consolidation;
using static FactGen.Extraction.Tests.Consolidation.Build;

namespace FactGen.Extraction.Tests.Consolidation;

/// <summary>
/// Grouping searches one representative per class of equal key and speaker. These tests check it against every
/// pair compared (the definition: the closure of near pairs across files) on corpora full of repeated quotations,
/// and that the same sentence in many articles costs comparisons in proportion to the articles.
/// </summary>
public class QuoteClassGroupingTests
{
    private static readonly string[] Sentences =
    {
        "the harbour must stay open to all ships",
        "we will keep going until the job is done",
        "river pollution keeps getting worse every year",
        "nobody expected the vote to pass so easily",
        "the budget is not enough for the schools",
    };

    private static readonly string?[] Speakers = { null, null, "Ana Varga", "Tom Reyes" };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void ClassSearchGroupsExactlyAsComparingEveryPair(int seed)
    {
        var documents = Corpus(new Random(seed), articles: 40, quotesPerArticle: 6);
        var expected = BruteForce(documents);
        var actual = QuoteGrouper.Group(documents, (_, s) => s);
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void OneFileClassJoinsWhatItsRepresentativeJoinsElseStaysApart()
    {
        var documents = new[]
        {
            Doc("a.txt", quotes: new[] { Quote("a.txt", "We will win this race", null, 1), Quote("a.txt", "We will win this race", null, 2) }),
            Doc("b.txt", quotes: new[] { Quote("b.txt", "Rain again today in town", null, 1), Quote("b.txt", "Rain again today in town", null, 2) }),
            Doc("c.txt", quotes: new[] { Quote("c.txt", "we will win this race!", "Ana Varga", 1) }),
        };
        var quotes = QuoteGrouper.Group(documents, (_, s) => s);
        Assert.Equal(BruteForce(documents), quotes);
        Assert.True(quotes.Count == 3, Describe(quotes));
        Assert.Equal(3, quotes.Single(q => q.Text.StartsWith("We", StringComparison.OrdinalIgnoreCase)).Evidence.Count);
    }

    [Fact]
    public void OneSentenceInManyArticlesCostsComparisonsInProportion()
    {
        var work = new List<long>();
        foreach (var n in new[] { 250, 500, 1000, 2000 })
        {
            var documents = Enumerable.Range(0, n)
                .Select(d => Doc($"a{d:D5}.txt", quotes: new[]
                {
                    Quote($"a{d:D5}.txt", "We will keep going until the job is done", d % 3 == 0 ? null : "Ana Varga", 1),
                    Quote($"a{d:D5}.txt", "We will keep going until the job is done", d % 3 == 0 ? null : "Ana Varga", 2),
                    Quote($"a{d:D5}.txt", "We will keep going until the job is done today", null, 3),
                }))
                .ToArray();
            QuoteGrouper.SameQuoteCalls = 0;
            var quotes = QuoteGrouper.Group(documents, (_, s) => s);
            work.Add(QuoteGrouper.SameQuoteCalls);
            Assert.Single(quotes);
        }

        // Twice the articles, about twice the comparisons (a square would be four times).
        for (var k = 1; k < work.Count; k++)
        {
            Assert.True(work[k] <= (2.5 * work[k - 1]) + 16, $"comparisons {string.Join(", ", work)}");
        }
    }

    [Fact]
    public void TheCacheGroupsOneSentenceInManyArticlesLikeTheOneShotPathAndInProportion()
    {
        var work = new List<long>();
        foreach (var n in new[] { 250, 500, 1000, 2000 })
        {
            var documents = Enumerable.Range(0, n)
                .Select(d => Doc($"a{d:D5}.txt", quotes: new[]
                {
                    Quote($"a{d:D5}.txt", "We will keep going until the job is done", d % 3 == 0 ? null : "Ana Varga", 1),
                    Quote($"a{d:D5}.txt", "We will keep going until the job is done", d % 3 == 0 ? null : "Ana Varga", 2),
                    Quote($"a{d:D5}.txt", d % 5 == 0 ? "Rain again" : "We will keep going until the job is done today", null, 3),
                }))
                .ToList();
            var cache = new ConsolidationCache();
            QuoteGrouper.SameQuoteCalls = 0;
            Assert.Equal(Consolidator.Consolidate(documents).Quotes, Consolidator.Consolidate(documents, cache).Quotes);

            // An edit: one article says it once more, another stops saying it.
            documents[n / 2] = Doc($"a{n / 2:D5}.txt", quotes: new[] { Quote($"a{n / 2:D5}.txt", "We will keep going until the job is done", "Ana Varga", 7) });
            documents[n / 3] = Doc($"a{n / 3:D5}.txt");
            Assert.Equal(Consolidator.Consolidate(documents).Quotes, Consolidator.Consolidate(documents, cache).Quotes);
            work.Add(QuoteGrouper.SameQuoteCalls);
        }

        for (var k = 1; k < work.Count; k++)
        {
            Assert.True(work[k] <= (2.5 * work[k - 1]) + 16, $"comparisons {string.Join(", ", work)}");
        }
    }

    /// <summary>Random articles quoting a few sentences and their variants, often twice in one article, some with no speaker.</summary>
    private static DocumentFacts[] Corpus(Random random, int articles, int quotesPerArticle)
    {
        var documents = new List<DocumentFacts>();
        for (var d = 0; d < articles; d++)
        {
            // Some files hold two documents in a row (the grouper numbers files by name change).
            var file = $"f{(d - (d % 7 == 1 ? 1 : 0)):D3}.txt";
            var quotes = new List<QuoteFact>();
            for (var q = 0; q < random.Next(quotesPerArticle + 1); q++)
            {
                var text = Variant(random, Sentences[random.Next(Sentences.Length)]);
                var speaker = Speakers[random.Next(Speakers.Length)];
                quotes.Add(Quote(file, text, speaker, line: q + 1));
                if (random.Next(4) == 0)
                {
                    quotes.Add(Quote(file, text, speaker, line: q + 20)); // the same words again in the same article
                }
            }

            documents.Add(Doc(file, quotes: quotes.ToArray()));
        }

        return documents.OrderBy(d => d.Document.File, StringComparer.Ordinal).ToArray();
    }

    private static string Variant(Random random, string sentence)
    {
        var words = sentence.Split(' ').ToList();
        switch (random.Next(6))
        {
            case 0:
                words.RemoveAt(random.Next(words.Count));
                break;
            case 1:
                words.Insert(random.Next(words.Count + 1), "really");
                break;
            case 2:
                words = words.Skip(random.Next(3)).Take(4 + random.Next(3)).ToList();
                break;
            case 3:
                words.Add("and more words said here");
                break;
            case 4:
                return random.Next(3) == 0 ? "!!" : sentence.ToUpperInvariant() + ".";
        }

        return string.Join(" ", words);
    }

    /// <summary>Every pair of quotations of different files compared; near pairs joined. Keys without words have nothing to be found by.</summary>
    private static List<QuoteFact> BruteForce(IReadOnlyList<DocumentFacts> documents)
    {
        var items = QuoteGrouper.Items(documents, (_, s) => s, out _);
        foreach (var item in items)
        {
            Array.Sort(item.Ids); // overlap counts walk ascending ids
        }

        var sets = new UnionFind(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (items[i].FileId != items[j].FileId && items[i].Ids.Length > 0 && items[j].Ids.Length > 0
                    && QuoteGrouper.SameQuote(items[i], items[j]))
                {
                    sets.Union(i, j);
                }
            }
        }

        return QuoteGrouper.Merged(items, sets);
    }

    private static string Describe(List<QuoteFact> quotes) => string.Join(
        "\n",
        quotes.Select(q => $"{q.Text} | {q.Speaker} | {string.Join(",", q.Evidence.Select(e => $"{e.File}:{e.Line}"))}"));
}
