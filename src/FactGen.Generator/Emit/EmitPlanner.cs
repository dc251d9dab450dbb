using System;
using System.Collections.Generic;
using FactGen.Extraction;
using FactGen.Generator.Model;
using FactGen.Generator.Options;

namespace FactGen.Generator.Emit;

/// <summary>
/// Splits a corpus into the main file and its shards (each fact placed by the file that first states it). Everything corpus-wide is decided here, once:
/// identifiers (with their collision numbers), quote counts, the main event and the corpus order of
/// each kind. A shard then holds only its own facts, in corpus order, so its text changes only when they do.
/// </summary>
/// <remarks>
/// With a <see cref="PlanMemo"/> from the last plan, only what an edit touched is redone: facts are lined up with the
/// last plan's by reference (<see cref="FactAlignment"/>), unchanged facts keep their shard and member, identifiers are
/// recomputed only in the families (<see cref="IdentifierNames.Family"/>) of added or removed names, quote counts only
/// for speakers whose quotations changed, and a shard none of whose facts changed is handed over as it was. The plan
/// is the same with or without the memo.
/// </remarks>
internal static class EmitPlanner
{
    private static readonly string[] PeopleScope = { "People", "Speakers", "All" };
    private static readonly string[] OrganizationScope = { "Firms", "Organizations", "All" };

    /// <param name="corpus">The consolidated facts.</param>
    /// <param name="options">The consumer's options.</param>
    /// <param name="nullable">Whether the consumer's language version knows <c>#nullable</c>.</param>
    /// <param name="memo">The last plan's decisions (the result never depends on it); its caller takes turns. None: a fresh plan.</param>
    public static FactsPlan Plan(CorpusFacts corpus, GeneratorOptions options, bool nullable, PlanMemo? memo = null)
    {
        memo ??= new PlanMemo();
        try
        {
            return PlanWith(corpus, options, nullable, memo);
        }
        catch
        {
            memo.Forget();
            throw;
        }
    }

    private static FactsPlan PlanWith(CorpusFacts corpus, GeneratorOptions options, bool nullable, PlanMemo memo)
    {
        var settings = new EmitSettings(options.Namespace, options.ClassName, options.Emit, nullable, corpus.Events.Count > 1);
        var total = corpus.Documents.Count + corpus.Events.Count + corpus.People.Count + corpus.Organizations.Count + corpus.Quotes.Count;
        var shardCount = total < ShardKeys.ShardingThreshold ? 1 : ShardKeys.MaxShards;
        memo.Prepare(settings, shardCount, corpus.People.Count + corpus.Organizations.Count);

        // A shard is rebuilt when a fact it held is gone or one it holds is new or renamed; the others are reused.
        var dirty = new bool[ShardKeys.MaxShards];
        if (memo.Shards.Length != ShardKeys.MaxShards)
        {
            for (var s = 0; s < dirty.Length; s++)
            {
                dirty[s] = true;
            }
        }

        var documents = corpus.Documents.AsArray();
        memo.Documents.Shards = Place(memo.Documents, documents, d => d.File, shardCount, dirty).Shards;
        memo.Documents.Facts = documents;

        var speakersWithNewCounts = CountQuotes(memo, corpus.Quotes.AsArray(), shardCount, dirty);

        var events = PlaceEvents(corpus.Events, shardCount, memo, dirty);

        memo.Speakers += Name(
            memo.People, corpus.People.AsArray(), p => p.Name, p => Home(p.Evidence, p.Name), PeopleScope, shardCount, memo, dirty,
            quoteCount: (p, previous, hash) => previous >= 0 && !speakersWithNewCounts.Contains(hash) ? memo.People.QuoteCounts[previous] : QuotesOf(memo, p.Name),
            create: (p, identifier, quotes) => new NamedPerson(p, identifier, quotes),
            counted: p => p.Role == PersonRole.Speaker);
        memo.Companies += Name(
            memo.Organizations, corpus.Organizations.AsArray(), o => o.Name, o => Home(o.Evidence, o.Name), OrganizationScope, shardCount, memo, dirty,
            quoteCount: (_, _, _) => 0,
            create: (o, identifier, _) => new NamedOrganization(o, identifier),
            counted: o => o.Kind == OrganizationKind.Company);

        var shards = BuildShards(memo, dirty, shardCount, total, settings, events);
        memo.Shards = shards;

        var order = new[]
        {
            Order(memo.Documents.Shards), Order(events.Shards), Order(memo.People.Shards), Order(memo.Organizations.Shards), Order(memo.Quotes.Shards),
        };
        var counts = new[]
        {
            corpus.Documents.Count, corpus.Events.Count, corpus.People.Count, corpus.Organizations.Count, corpus.Quotes.Count,
            memo.Speakers, memo.Companies, memo.Attributed,
        };

        var output = (FactsShard[])shards.Clone();
        FactsShard? inline = null;
        if (shardCount == 1)
        {
            // A small corpus is one file: the shard goes into the main file and no shard file is written.
            inline = output[0];
            output[0] = new ShardBuilder().Build(0, false, settings);
        }

        var main = events.Main >= 0 ? corpus.Events[events.Main] : null;
        var mainFile = new FactsMain(
            settings, shardCount, new EquatableArray<int>(counts), new EquatableArray<string>(order), main, events.MainShard, events.MainLocal, inline);
        return new FactsPlan(mainFile, new EquatableArray<FactsShard>(output));
    }

    /// <summary>
    /// Lines <paramref name="facts"/> up with the last plan's and gives each its shard: the remembered one when it is the
    /// same object, else the hash of its key. Shards that lose or gain a fact are marked dirty.
    /// </summary>
    private static Placement Place<T>(PlacedFacts<T> placed, T[] facts, Func<T, string> key, int shardCount, bool[] dirty)
        where T : class
    {
        var matches = FactAlignment.Match(placed.Facts, facts);
        var removed = FactAlignment.Unmatched(placed.Facts.Length, matches);
        foreach (var j in removed)
        {
            dirty[placed.Shards[j]] = true;
        }

        var shards = new int[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            if (matches[i] >= 0)
            {
                shards[i] = placed.Shards[matches[i]];
            }
            else
            {
                shards[i] = ShardKeys.Of(key(facts[i]), shardCount);
                dirty[shards[i]] = true;
            }
        }

        return new Placement(matches, removed, shards);
    }

    /// <summary>Places the quotations and brings the per-speaker counts up to date; returns the name hashes of speakers whose count changed.</summary>
    private static HashSet<int> CountQuotes(PlanMemo memo, QuoteFact[] quotes, int shardCount, bool[] dirty)
    {
        var placement = Place(memo.Quotes, quotes, q => Home(q.Evidence, q.Text), shardCount, dirty);
        var changed = new HashSet<int>();
        foreach (var j in placement.Removed)
        {
            Count(memo.Quotes.Facts[j].Speaker, -1);
        }

        for (var i = 0; i < quotes.Length; i++)
        {
            if (placement.Matches[i] < 0)
            {
                Count(quotes[i].Speaker, +1);
            }
        }

        memo.Quotes.Facts = quotes;
        memo.Quotes.Shards = placement.Shards;
        return changed;

        void Count(string? speaker, int change)
        {
            if (speaker is null)
            {
                return;
            }

            memo.Attributed += change;
            var count = QuotesOf(memo, speaker) + change;
            if (count == 0)
            {
                memo.QuotesBySpeaker.Remove(speaker);
            }
            else
            {
                memo.QuotesBySpeaker[speaker] = count;
            }

            changed.Add(StringComparer.Ordinal.GetHashCode(speaker));
        }
    }

    private static int QuotesOf(PlanMemo memo, string speaker) => memo.QuotesBySpeaker.TryGetValue(speaker, out var n) ? n : 0;

    /// <summary>
    /// Places and names people or organizations. An unchanged fact keeps its identifier unless its family lost or gained
    /// a name; those families are named afresh, in corpus order, in a scope of their own (families never share identifiers).
    /// Returns how many more of them are counted (speakers, companies) than in the last plan.
    /// </summary>
    private static int Name<TFact, TNamed>(
        NamedFacts<TFact, TNamed> memoed,
        TFact[] facts,
        Func<TFact, string> name,
        Func<TFact, string> key,
        string[] scope,
        int shardCount,
        PlanMemo memo,
        bool[] dirty,
        Func<TFact, int, int, int> quoteCount,
        Func<TFact, string, int, TNamed> create,
        Func<TFact, bool> counted)
        where TFact : class
        where TNamed : class
    {
        var placement = Place(memoed, facts, key, shardCount, dirty);
        var matches = placement.Matches;
        var countedChange = 0;
        var touched = new HashSet<int>();
        foreach (var j in placement.Removed)
        {
            touched.Add(memoed.Families[j]);
            countedChange -= counted(memoed.Facts[j]) ? 1 : 0;
        }

        var families = new int[facts.Length];
        var hashes = new int[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var j = matches[i];
            if (j >= 0)
            {
                families[i] = memoed.Families[j];
                hashes[i] = memoed.NameHashes[j];
            }
            else
            {
                var factName = name(facts[i]);
                families[i] = memo.FamilyId(IdentifierNames.Family(factName));
                hashes[i] = StringComparer.Ordinal.GetHashCode(factName);
                touched.Add(families[i]);
                countedChange += counted(facts[i]) ? 1 : 0;
            }
        }

        var renamed = new bool[memo.Families.Count];
        foreach (var family in touched)
        {
            renamed[family] = true;
        }

        var names = touched.Count > 0 ? new IdentifierNames(scope) : null;
        var identifiers = new string[facts.Length];
        var quoteCounts = new int[facts.Length];
        var named = new TNamed[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var j = matches[i];
            identifiers[i] = renamed[families[i]] ? names!.Take(name(facts[i])) : memoed.Identifiers[j];
            quoteCounts[i] = quoteCount(facts[i], j, hashes[i]);
            if (j >= 0 && quoteCounts[i] == memoed.QuoteCounts[j] && string.Equals(identifiers[i], memoed.Identifiers[j], StringComparison.Ordinal))
            {
                named[i] = memoed.Named[j];
            }
            else
            {
                named[i] = create(facts[i], identifiers[i], quoteCounts[i]);
                dirty[placement.Shards[i]] = true;
            }
        }

        memoed.Facts = facts;
        memoed.Shards = placement.Shards;
        memoed.Families = families;
        memoed.NameHashes = hashes;
        memoed.Identifiers = identifiers;
        memoed.QuoteCounts = quoteCounts;
        memoed.Named = named;
        return countedChange;
    }

    /// <summary>Places and names the events (few, so always afresh) and marks the shards whose events changed.</summary>
    private static PlacedEvents PlaceEvents(EquatableArray<EventFact> events, int shardCount, PlanMemo memo, bool[] dirty)
    {
        var main = MainEvent.IndexOf(events);
        var mainShard = 0;
        var mainLocal = 0;
        var names = new IdentifierNames("Events", "All");
        var byShard = new List<NamedEvent>?[ShardKeys.MaxShards];
        var shards = new int[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var s = shards[i] = ShardKeys.Of(Home(e.Evidence, e.Name), shardCount);
            var list = byShard[s] ??= new List<NamedEvent>();
            if (i == main)
            {
                mainShard = s;
                mainLocal = list.Count;
            }

            list.Add(new NamedEvent(e, names.Take(FactsEmitter.ShortName(e))));
        }

        var arrays = new NamedEvent[ShardKeys.MaxShards][];
        for (var s = 0; s < arrays.Length; s++)
        {
            arrays[s] = byShard[s]?.ToArray() ?? Array.Empty<NamedEvent>();
            var before = s < memo.EventsByShard.Length ? memo.EventsByShard[s] : Array.Empty<NamedEvent>();
            if (!new EquatableArray<NamedEvent>(arrays[s]).Equals(new EquatableArray<NamedEvent>(before)))
            {
                dirty[s] = true;
            }
        }

        memo.EventsByShard = arrays;
        return new PlacedEvents(arrays, shards, main, mainShard, mainLocal);
    }

    /// <summary>Rebuilds the dirty shards from the placed facts and reuses the others as the last plan made them.</summary>
    private static FactsShard[] BuildShards(PlanMemo memo, bool[] dirty, int shardCount, int total, EmitSettings settings, PlacedEvents events)
    {
        var builders = new ShardBuilder?[ShardKeys.MaxShards];
        for (var s = 0; s < builders.Length; s++)
        {
            if (dirty[s])
            {
                builders[s] = new ShardBuilder(shardCount == 1 ? 1 : 2 * total / shardCount);
            }
        }

        Fill(memo.Documents.Facts, memo.Documents.Shards, (b, d) => b.Documents.Add(d));
        Fill(memo.People.Named, memo.People.Shards, (b, p) => b.People.Add(p));
        Fill(memo.Organizations.Named, memo.Organizations.Shards, (b, o) => b.Organizations.Add(o));
        Fill(memo.Quotes.Facts, memo.Quotes.Shards, (b, q) => b.Quotes.Add(q));

        var shards = new FactsShard[ShardKeys.MaxShards];
        for (var s = 0; s < shards.Length; s++)
        {
            if (builders[s] is { } builder)
            {
                builder.Events.AddRange(events.ByShard[s]);
                shards[s] = builder.Build(s, shardCount > 1, settings);
            }
            else
            {
                shards[s] = memo.Shards[s];
            }
        }

        return shards;

        void Fill<T>(T[] items, int[] itemShards, Action<ShardBuilder, T> add)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (builders[itemShards[i]] is { } builder)
                {
                    add(builder, items[i]);
                }
            }
        }
    }

    /// <summary>One kind's order string: each item's shard in corpus order (see <see cref="ShardKeys.Digit"/>).</summary>
    private static string Order(int[] shards)
    {
        var digits = new char[shards.Length];
        for (var i = 0; i < shards.Length; i++)
        {
            digits[i] = ShardKeys.Digit(shards[i]);
        }

        return new string(digits);
    }

    /// <summary>
    /// The key that places a fact: the file of its first evidence (else its name). A fact then lives with the article
    /// that first states it, so an edit that adds facts to one article mostly touches that article's shard, and the
    /// sentences a shard quotes are mostly its own articles'. Evidence is sorted by file, so the key moves only when
    /// an earlier article starts to state the fact.
    /// </summary>
    private static string Home(EquatableArray<FactEvidence> evidence, string name) => evidence.Count == 0 ? name : evidence[0].File;

    /// <summary>Where this plan's facts line up with the last plan's, which of the last plan's are gone, and each fact's shard.</summary>
    private sealed record Placement(int[] Matches, List<int> Removed, int[] Shards);

    /// <summary>The events by shard, each event's shard in corpus order, and where the main event is: its corpus index (-1 without events), shard and index in that shard.</summary>
    private sealed record PlacedEvents(NamedEvent[][] ByShard, int[] Shards, int Main, int MainShard, int MainLocal);

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
