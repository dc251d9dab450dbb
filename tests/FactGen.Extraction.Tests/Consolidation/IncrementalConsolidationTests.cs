using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Consolidation;
using static FactGen.Extraction.Tests.Consolidation.Build;

namespace FactGen.Extraction.Tests.Consolidation;

/// <summary>
/// With a cache, an edit that replaces a few documents in place re-merges only what they can reach. Whatever it
/// remembers, each run must give exactly what a fresh consolidation without a cache gives: these tests edit random
/// corpora many times in a row (people, organizations and quotations added, removed, renamed, merged and split,
/// speakers changing through name merging) and compare every run.
/// </summary>
public class IncrementalConsolidationTests
{
    private static readonly string[] FullNames = { "Ana Varga", "Peter Varga", "Tom Reyes", "Li Qiang", "Ada Moss", "Jonas Keller", "Clara Jensen", "Moss Keller" };

    private static readonly string[] OneWordNames = { "Varga", "Reyes", "Li", "Moss", "Keller", "Madonna", "Qiang" };

    private static readonly string[] Organizations = { "Harbor Logistics", "Moss Foundation", "International Monetary Fund", "IMF", "Varga Group" };

    private static readonly string[] Sentences =
    {
        "the harbour must stay open to all ships",
        "we will keep going until the job is done",
        "river pollution keeps getting worse every year",
        "nobody expected the vote to pass so easily",
        "the budget is not enough for the schools",
        "rain again",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void RandomEditsGiveWhatAFreshConsolidationGives(int seed)
    {
        var random = new Random(seed);
        var files = Enumerable.Range(0, 40).Select(d => $"f{(d - (d % 9 == 1 ? 1 : 0)):D3}.txt").ToArray();
        var documents = files.Select(f => RandomDocument(random, f)).ToList();
        var first = documents.ToList();
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);
        for (var edit = 0; edit < 40; edit++)
        {
            for (var change = random.Next(3) == 0 ? 3 : 1; change > 0; change--)
            {
                var k = random.Next(documents.Count);
                documents[k] = random.Next(5) switch
                {
                    0 => first[k],                                             // back to the object the cache first saw
                    1 => documents[k] with { Quotes = EquatableArray<QuoteFact>.Empty }, // its quotations gone
                    _ => RandomDocument(random, files[k]),
                };
            }

            AssertSame(documents, cache);
        }
    }

    [Fact]
    public void ASpeakerRenamedByAnotherArticleRegroupsItsQuotations()
    {
        // "Varga" is Ana Varga while she is the only Varga; once Peter Varga appears it is no one's, and back again.
        var documents = new List<DocumentFacts>
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Ana Varga", PersonRole.Speaker) }, quotes: new[] { Quote("a.txt", "We will keep going until the job is done", "Ana Varga") }),
            Doc("b.txt", people: new[] { Person("b.txt", "Varga", PersonRole.Speaker) }, quotes: new[] { Quote("b.txt", "We will keep going until the job is done today", "Varga") }),
            Doc("c.txt", quotes: new[] { Quote("c.txt", "We will keep going until the job is done", null) }),
            Doc("d.txt"),
        };
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);
        documents[3] = Doc("d.txt", people: new[] { Person("d.txt", "Peter Varga", PersonRole.Speaker) }, quotes: new[] { Quote("d.txt", "Rain again", "Peter Varga") });
        AssertSame(documents, cache);
        documents[2] = Doc("c.txt", quotes: new[] { Quote("c.txt", "We will keep going until the job is done", "Peter Varga") });
        AssertSame(documents, cache);
        documents[3] = Doc("d.txt");
        AssertSame(documents, cache);
        documents[0] = Doc("a.txt");
        AssertSame(documents, cache);
    }

    [Fact]
    public void ManyEditsWithNewWordsKeepFindingNearQuotations()
    {
        // Each edit brings words never seen before and drops others: the word index behind the edits wears out and is
        // built anew along the way, and must keep finding every near pair.
        var random = new Random(11);
        string Article(int edit) =>
            $"{Sentences[random.Next(4)]} {(random.Next(2) == 0 ? $"novel{edit}" : string.Empty)}".Trim();
        var documents = Enumerable.Range(0, 12)
            .Select(d => Doc($"n{d:D2}.txt", quotes: new[] { Quote($"n{d:D2}.txt", Article(-d), null), Quote($"n{d:D2}.txt", $"word{d} only here and nowhere else", null, line: 2) }))
            .ToList();
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);
        for (var edit = 0; edit < 80; edit++)
        {
            var k = random.Next(documents.Count);
            var file = $"n{k:D2}.txt";
            documents[k] = Doc(file, quotes: new[] { Quote(file, Article(edit), null), Quote(file, $"{Article(edit)} fresh{edit} words{edit}", null, line: 3) });
            AssertSame(documents, cache);
        }
    }

    [Fact]
    public void QuotationsWithoutWordsStayApartThroughEdits()
    {
        // A quotation of punctuation alone has no words to be found by: the one-shot grouping never groups it.
        var documents = new List<DocumentFacts>
        {
            Doc("a.txt", quotes: new[] { Quote("a.txt", "...", null), Quote("a.txt", "Rain again", null, line: 2) }),
            Doc("b.txt", quotes: new[] { Quote("b.txt", "...", null) }),
            Doc("c.txt"),
        };
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);
        documents[2] = Doc("c.txt", quotes: new[] { Quote("c.txt", "--", null), Quote("c.txt", "Rain again", null, line: 2) });
        AssertSame(documents, cache);
        documents[1] = Doc("b.txt", quotes: new[] { Quote("b.txt", "!", null, line: 3) });
        AssertSame(documents, cache);
    }

    [Fact]
    public void DiagnosticsFollowEveryEdit()
    {
        static FactDiagnostic Unattributed(string file, int line) =>
            new(DiagnosticIds.UnattributedQuote, FactSeverity.Info, "A quotation without a speaker.", file, line, 1, 4);

        static DocumentFacts WithDiagnostics(string file, params int[] lines) =>
            Doc(file, people: new[] { Person(file, "Ana Varga", titles: new[] { lines.Length % 2 == 0 ? "Mayor" : "Vice Mayor" }) })
                with { Diagnostics = new EquatableArray<FactDiagnostic>(lines.Select(l => Unattributed(file, l)).ToArray()) };

        var documents = new List<DocumentFacts> { WithDiagnostics("a.txt", 3, 1), WithDiagnostics("b.txt", 2), WithDiagnostics("c.txt") };
        var cache = new ConsolidationCache();
        AssertSame(documents, cache);
        documents[1] = WithDiagnostics("b.txt", 2);    // the same diagnostics, new objects
        AssertSame(documents, cache);
        documents[1] = WithDiagnostics("b.txt", 2, 5); // one more, and the title conflict changes
        AssertSame(documents, cache);
        documents[0] = WithDiagnostics("a.txt");        // all of one article's gone
        AssertSame(documents, cache);
        documents[2] = WithDiagnostics("c.txt", 1, 1);  // a duplicate
        AssertSame(documents, cache);
    }

    private static DocumentFacts RandomDocument(Random random, string file)
    {
        var people = new List<PersonFact>();
        var names = new List<string>();
        for (var p = random.Next(4); p > 0; p--)
        {
            var full = random.Next(3) > 0;
            var name = full ? FullNames[random.Next(FullNames.Length)] : OneWordNames[random.Next(OneWordNames.Length)];
            if (names.Contains(name))
            {
                continue;
            }

            names.Add(name);
            var aliases = full && random.Next(3) == 0 ? new[] { FullNames[random.Next(FullNames.Length)] } : null;
            var titles = random.Next(4) == 0 ? new[] { random.Next(2) == 0 ? "Mayor" : "Vice Mayor" } : null;
            people.Add(Person(file, name, random.Next(2) == 0 ? PersonRole.Speaker : PersonRole.Mentioned, aliases, titles, line: 1 + people.Count));
        }

        var organizations = new List<OrganizationFact>();
        for (var o = random.Next(3); o > 0; o--)
        {
            var name = Organizations[random.Next(Organizations.Length)];
            if (organizations.All(x => x.Name != name))
            {
                var organization = Org(file, name, kind: random.Next(2) == 0 ? OrganizationKind.Company : OrganizationKind.Other, line: 10 + organizations.Count);
                if (random.Next(3) == 0)
                {
                    // "International Monetary Fund (IMF)": an alias that is another organization's name.
                    organization = organization with { Aliases = new EquatableArray<string>(new[] { Organizations[random.Next(Organizations.Length)] }) };
                }

                organizations.Add(organization);
            }
        }

        var quotes = new List<QuoteFact>();
        for (var q = random.Next(4); q > 0; q--)
        {
            var words = Sentences[random.Next(Sentences.Length)].Split(' ').ToList();
            if (words.Count > 4 && random.Next(2) == 0)
            {
                words.RemoveAt(random.Next(words.Count));
            }

            var speaker = names.Count > 0 && random.Next(3) > 0 ? names[random.Next(names.Count)] : null;
            quotes.Add(Quote(file, string.Join(" ", words), speaker, line: 20 + quotes.Count));
        }

        var events = new List<EventFact>();
        if (random.Next(3) == 0)
        {
            // One fair, written out or by acronym, in one of two cities and with dates that sometimes disagree.
            var written = random.Next(2) == 0;
            events.Add(Event(
                file,
                written ? "Nordic Harbour Fair" : "NHF",
                aliases: written && random.Next(2) == 0 ? new[] { "NHF" } : null,
                city: random.Next(3) == 0 ? null : random.Next(2) == 0 ? "Oslo" : "Bergen",
                start: random.Next(2) == 0 ? null : $"2025-03-{10 + random.Next(3):D2}"));
        }

        return Doc(file, people: people.ToArray(), orgs: organizations.ToArray(), quotes: quotes.ToArray(), events: events.ToArray());
    }

    private static void AssertSame(List<DocumentFacts> documents, ConsolidationCache cache)
    {
        var expected = Consolidator.Consolidate(documents);
        var actual = Consolidator.Consolidate(documents, cache);
        Assert.Equal(expected.People, actual.People);
        Assert.Equal(expected.Organizations, actual.Organizations);
        Assert.Equal(expected.Quotes, actual.Quotes);
        Assert.Equal(expected, actual);
    }
}
