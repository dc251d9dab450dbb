using System;
using System.Collections.Generic;
using System.Text;
using FactGen.Extraction;
using FactGen.Generator.Model;
using FactGen.Generator.Options;

namespace FactGen.Generator.Emit;

/// <summary>
/// Splits a corpus into the main file and its shards (each fact placed by the file that first states it). Everything corpus-wide is decided here, once:
/// identifiers (with their collision numbers), quote counts, the main event and the corpus order of
/// each kind. A shard then holds only its own facts, in corpus order, so its text changes only when they do.
/// </summary>
internal static class EmitPlanner
{
    /// <param name="corpus">The consolidated facts.</param>
    /// <param name="options">The consumer's options.</param>
    /// <param name="nullable">Whether the consumer's language version knows <c>#nullable</c>.</param>
    /// <param name="memo">Identifiers remembered from the last plan (the result never depends on it); its caller takes turns.</param>
    public static FactsPlan Plan(CorpusFacts corpus, GeneratorOptions options, bool nullable, IdentifierMemo? memo = null)
    {
        var settings = new EmitSettings(options.Namespace, options.ClassName, options.Emit, nullable, corpus.Events.Count > 1);
        var total = corpus.Documents.Count + corpus.Events.Count + corpus.People.Count + corpus.Organizations.Count + corpus.Quotes.Count;
        var shardCount = total < ShardKeys.ShardingThreshold ? 1 : ShardKeys.MaxShards;

        var builders = new ShardBuilder[ShardKeys.MaxShards];
        for (var s = 0; s < builders.Length; s++)
        {
            builders[s] = new ShardBuilder(shardCount == 1 ? 1 : 2 * total / shardCount);
        }

        var order = new string[5];
        var orderText = new StringBuilder(corpus.People.Count + corpus.Quotes.Count);

        orderText.Clear();
        foreach (var d in corpus.Documents.AsArray())
        {
            var s = ShardKeys.Of(d.File, shardCount);
            builders[s].Documents.Add(d);
            orderText.Append(ShardKeys.Digit(s));
        }

        order[0] = orderText.ToString();

        var main = MainEvent.IndexOf(corpus.Events);
        var mainShard = 0;
        var mainLocal = 0;
        var eventNames = new IdentifierNames("Events", "All");
        orderText.Clear();
        for (var i = 0; i < corpus.Events.Count; i++)
        {
            var e = corpus.Events[i];
            var s = ShardKeys.Of(Home(e.Evidence, e.Name), shardCount);
            if (i == main)
            {
                mainShard = s;
                mainLocal = builders[s].Events.Count;
            }

            builders[s].Events.Add(new NamedEvent(e, eventNames.Take(FactsEmitter.ShortName(e))));
            orderText.Append(ShardKeys.Digit(s));
        }

        order[1] = orderText.ToString();

        var quoteCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var attributed = 0;
        foreach (var quote in corpus.Quotes.AsArray())
        {
            if (quote.Speaker is not null)
            {
                attributed++;
                quoteCounts[quote.Speaker] = quoteCounts.TryGetValue(quote.Speaker, out var n) ? n + 1 : 1;
            }
        }

        // One scope for People and Speakers so a speaker has the same identifier in both classes.
        var personNames = new IdentifierNames("People", "Speakers", "All");
        var speakers = 0;
        orderText.Clear();
        foreach (var p in corpus.People.AsArray())
        {
            var s = ShardKeys.Of(Home(p.Evidence, p.Name), shardCount);
            quoteCounts.TryGetValue(p.Name, out var quotes);
            builders[s].People.Add(new NamedPerson(p, memo is null ? personNames.Take(p.Name) : memo.Take(personNames, p.Name), quotes));
            orderText.Append(ShardKeys.Digit(s));
            speakers += p.Role == PersonRole.Speaker ? 1 : 0;
        }

        order[2] = orderText.ToString();

        var organizationNames = new IdentifierNames("Firms", "Organizations", "All");
        var companies = 0;
        orderText.Clear();
        foreach (var o in corpus.Organizations.AsArray())
        {
            var s = ShardKeys.Of(Home(o.Evidence, o.Name), shardCount);
            builders[s].Organizations.Add(new NamedOrganization(o, memo is null ? organizationNames.Take(o.Name) : memo.Take(organizationNames, o.Name)));
            orderText.Append(ShardKeys.Digit(s));
            companies += o.Kind == OrganizationKind.Company ? 1 : 0;
        }

        order[3] = orderText.ToString();
        memo?.EndRun();

        orderText.Clear();
        foreach (var q in corpus.Quotes.AsArray())
        {
            var s = ShardKeys.Of(Home(q.Evidence, q.Text), shardCount);
            builders[s].Quotes.Add(q);
            orderText.Append(ShardKeys.Digit(s));
        }

        order[4] = orderText.ToString();

        var shards = new FactsShard[ShardKeys.MaxShards];
        for (var s = 0; s < shards.Length; s++)
        {
            shards[s] = builders[s].Build(s, shardCount > 1, settings);
        }

        var counts = new[]
        {
            corpus.Documents.Count, corpus.Events.Count, corpus.People.Count, corpus.Organizations.Count, corpus.Quotes.Count,
            speakers, companies, attributed,
        };

        FactsShard? inline = null;
        if (shardCount == 1)
        {
            // A small corpus is one file: the shard goes into the main file and no shard file is written.
            inline = shards[0];
            shards[0] = new ShardBuilder().Build(0, false, settings);
        }

        var mainFile = new FactsMain(
            settings, shardCount, new EquatableArray<int>(counts), new EquatableArray<string>(order),
            main >= 0 ? corpus.Events[main] : null, mainShard, mainLocal, inline);
        return new FactsPlan(mainFile, new EquatableArray<FactsShard>(shards));
    }

    /// <summary>
    /// The key that places a fact: the file of its first evidence (else its name). A fact then lives with the article
    /// that first states it, so an edit that adds facts to one article mostly touches that article's shard, and the
    /// sentences a shard quotes are mostly its own articles'. Evidence is sorted by file, so the key moves only when
    /// an earlier article starts to state the fact.
    /// </summary>
    private static string Home(EquatableArray<FactEvidence> evidence, string name) => evidence.Count == 0 ? name : evidence[0].File;

    private sealed class ShardBuilder
    {
        /// <param name="capacity">About twice a shard's share of all facts: lists that rarely grow.</param>
        public ShardBuilder(int capacity = 0)
        {
            Documents = new List<DocumentInfo>(capacity / 4);
            Events = new List<NamedEvent>();
            People = new List<NamedPerson>(capacity / 3);
            Organizations = new List<NamedOrganization>(capacity / 6);
            Quotes = new List<QuoteFact>(capacity / 3);
        }

        public List<DocumentInfo> Documents { get; }

        public List<NamedEvent> Events { get; }

        public List<NamedPerson> People { get; }

        public List<NamedOrganization> Organizations { get; }

        public List<QuoteFact> Quotes { get; }

        public FactsShard Build(int index, bool written, EmitSettings settings) => new(
            index,
            written,
            settings,
            new EquatableArray<DocumentInfo>(Documents.ToArray()),
            new EquatableArray<NamedEvent>(Events.ToArray()),
            new EquatableArray<NamedPerson>(People.ToArray()),
            new EquatableArray<NamedOrganization>(Organizations.ToArray()),
            new EquatableArray<QuoteFact>(Quotes.ToArray()));
    }
}
