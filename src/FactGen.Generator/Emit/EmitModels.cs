using FactGen.Extraction;
using FactGen.Generator.Options;

namespace FactGen.Generator.Emit;

/// <summary>What every generated file needs to know about the consumer: where the class goes and what it shows.</summary>
/// <param name="Namespace">Namespace of the generated class.</param>
/// <param name="ClassName">Name of the generated class.</param>
/// <param name="Emit">Which parts of the API to emit.</param>
/// <param name="Nullable">Whether the consumer's language version knows <c>#nullable</c>.</param>
/// <param name="ManyEvents">Whether there is more than one event (then <c>Facts.Events</c> lists them by name).</param>
internal sealed record EmitSettings(string Namespace, string ClassName, EmitCategories Emit, bool Nullable, bool ManyEvents);

/// <summary>A person and what its generated member needs beyond the fact: the identifier (chosen corpus-wide) and its quote count.</summary>
internal sealed record NamedPerson(PersonFact Fact, string Identifier, int QuoteCount);

/// <summary>An organization and its identifier (chosen corpus-wide).</summary>
internal sealed record NamedOrganization(OrganizationFact Fact, string Identifier);

/// <summary>An event and its identifier in <c>Facts.Events</c> (chosen corpus-wide; unused with a single event).</summary>
internal sealed record NamedEvent(EventFact Fact, string Identifier);

/// <summary>
/// One shard of the generated facts: the facts whose stable key hashes to <see cref="Index"/>, in corpus order,
/// written to their own file with their own string tables, so a change elsewhere leaves this file's text equal.
/// </summary>
/// <param name="Index">Shard number (fixed; the pipeline compares shards position by position).</param>
/// <param name="Written">Whether the shard has its own file (false when a small corpus is one file, or past the shard count).</param>
/// <param name="Settings">Namespace, class name, categories.</param>
/// <param name="Documents">The shard's source documents.</param>
/// <param name="Events">The shard's events.</param>
/// <param name="People">The shard's people.</param>
/// <param name="Organizations">The shard's organizations.</param>
/// <param name="Quotes">The shard's quotations.</param>
internal sealed record FactsShard(
    int Index,
    bool Written,
    EmitSettings Settings,
    EquatableArray<DocumentInfo> Documents,
    EquatableArray<NamedEvent> Events,
    EquatableArray<NamedPerson> People,
    EquatableArray<NamedOrganization> Organizations,
    EquatableArray<QuoteFact> Quotes)
{
    /// <summary>Hint name of the shard's file.</summary>
    public string HintName => "FactGen.Facts.Shard" + Index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
}

/// <summary>
/// The main generated file: the API's class declarations with their counts, the event and constants, and the
/// data class that assembles one fact set from the shards in corpus order.
/// </summary>
/// <param name="Settings">Namespace, class name, categories.</param>
/// <param name="ShardCount">How many shards hold facts (1 for a small corpus: then <see cref="Inline"/> holds them all).</param>
/// <param name="Counts">Documents, events, people, organizations, quotations, speakers, companies, attributed quotations.</param>
/// <param name="Order">Per kind (documents, events, people, organizations, quotations), each item's shard in corpus order (see <see cref="ShardKeys.Digit"/>).</param>
/// <param name="MainEvent">The main event, or null.</param>
/// <param name="MainEventShard">The main event's shard.</param>
/// <param name="MainEventLocal">The main event's index in its shard.</param>
/// <param name="Inline">With a single shard, the shard itself, written into the main file.</param>
internal sealed record FactsMain(
    EmitSettings Settings,
    int ShardCount,
    EquatableArray<int> Counts,
    EquatableArray<string> Order,
    EventFact? MainEvent,
    int MainEventShard,
    int MainEventLocal,
    FactsShard? Inline);

/// <summary>The emitter's whole input, split: one main file and a fixed number of shards (empty ones write nothing).</summary>
/// <param name="Main">The main file.</param>
/// <param name="Shards">Exactly <see cref="ShardKeys.MaxShards"/> shards, by index.</param>
internal sealed record FactsPlan(FactsMain Main, EquatableArray<FactsShard> Shards);
