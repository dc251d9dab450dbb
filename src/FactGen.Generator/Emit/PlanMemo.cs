using System;
using System.Collections.Generic;
using FactGen.Extraction;

namespace FactGen.Generator.Emit;

/// <summary>
/// What the last plan decided, kept per generator instance so the next plan over mostly the same facts redoes only
/// what an edit touched: facts that are the very same objects as last time keep their shard, identifier and quote
/// count, and shards none of whose facts changed are handed over as they were. The plan never depends on it: an
/// empty memo gives the same plan, only slower. Not thread-safe; the generator takes turns.
/// </summary>
internal sealed class PlanMemo
{
    /// <summary>The settings and shard count the memo was filled under; any change starts it afresh.</summary>
    public EmitSettings? Settings { get; private set; }

    /// <summary>How many shards the remembered facts were spread over.</summary>
    public int ShardCount { get; private set; }

    /// <summary>The documents of the last plan and their shards.</summary>
    public PlacedFacts<DocumentInfo> Documents { get; } = new();

    /// <summary>The quotations of the last plan and their shards.</summary>
    public PlacedFacts<QuoteFact> Quotes { get; } = new();

    /// <summary>The people of the last plan: shards, identifier families, identifiers, quote counts.</summary>
    public NamedFacts<PersonFact, NamedPerson> People { get; } = new();

    /// <summary>The organizations of the last plan: shards, identifier families, identifiers.</summary>
    public NamedFacts<OrganizationFact, NamedOrganization> Organizations { get; } = new();

    /// <summary>Attributed quotations per speaker name, across the corpus.</summary>
    public Dictionary<string, int> QuotesBySpeaker { get; } = new(StringComparer.Ordinal);

    /// <summary>Identifier families (<see cref="IdentifierNames.Family"/>) as small numbers, so facts carry an int.</summary>
    public Dictionary<string, int> Families { get; } = new(StringComparer.Ordinal);

    /// <summary>Quotations with a speaker in the last plan.</summary>
    public int Attributed { get; set; }

    /// <summary>People with the speaker role in the last plan.</summary>
    public int Speakers { get; set; }

    /// <summary>Organizations of the company kind in the last plan.</summary>
    public int Companies { get; set; }

    /// <summary>The last plan's shards, before a small corpus's single shard moved into the main file.</summary>
    public FactsShard[] Shards { get; set; } = Array.Empty<FactsShard>();

    /// <summary>The last plan's events per shard (events are few and always placed afresh).</summary>
    public NamedEvent[][] EventsByShard { get; set; } = Array.Empty<NamedEvent[]>();

    /// <summary>Makes sure the memo was filled under these settings, else empties it for them.</summary>
    public void Prepare(EmitSettings settings, int shardCount, int namedFacts)
    {
        // Families only grow; when they far outnumber the names in use, starting afresh is cheaper than keeping them.
        var tooManyFamilies = Families.Count > 4 * namedFacts + 1024;
        if (!Equals(Settings, settings) || ShardCount != shardCount || tooManyFamilies)
        {
            Forget();
            Settings = settings;
            ShardCount = shardCount;
        }
    }

    /// <summary>Forgets everything (after a failed plan, whose half-made changes must not be trusted).</summary>
    public void Forget()
    {
        Settings = null;
        ShardCount = 0;
        Documents.Clear();
        Quotes.Clear();
        People.Clear();
        Organizations.Clear();
        QuotesBySpeaker.Clear();
        Families.Clear();
        Attributed = Speakers = Companies = 0;
        Shards = Array.Empty<FactsShard>();
        EventsByShard = Array.Empty<NamedEvent[]>();
    }

    /// <summary>The number standing for <paramref name="family"/>.</summary>
    public int FamilyId(string family)
    {
        if (!Families.TryGetValue(family, out var id))
        {
            id = Families.Count;
            Families.Add(family, id);
        }

        return id;
    }
}

/// <summary>One kind of fact as the last plan placed it: the facts, in corpus order, and each one's shard.</summary>
/// <typeparam name="T">The fact type.</typeparam>
internal class PlacedFacts<T>
    where T : class
{
    /// <summary>The facts, in corpus order.</summary>
    public T[] Facts { get; set; } = Array.Empty<T>();

    /// <summary>Each fact's shard.</summary>
    public int[] Shards { get; set; } = Array.Empty<int>();

    /// <summary>Forgets the facts.</summary>
    public virtual void Clear()
    {
        Facts = Array.Empty<T>();
        Shards = Array.Empty<int>();
    }
}

/// <summary>A kind of fact that gets a member of its own: what the last plan named each one.</summary>
/// <typeparam name="TFact">The fact type.</typeparam>
/// <typeparam name="TNamed">The fact with its identifier.</typeparam>
internal sealed class NamedFacts<TFact, TNamed> : PlacedFacts<TFact>
    where TFact : class
    where TNamed : class
{
    /// <summary>Each fact's identifier family (<see cref="PlanMemo.FamilyId"/>).</summary>
    public int[] Families { get; set; } = Array.Empty<int>();

    /// <summary>Each fact's name hash (ordinal, this process only): tells cheaply which names a change of counts may concern.</summary>
    public int[] NameHashes { get; set; } = Array.Empty<int>();

    /// <summary>Each fact's identifier.</summary>
    public string[] Identifiers { get; set; } = Array.Empty<string>();

    /// <summary>Each fact's quote count (people only).</summary>
    public int[] QuoteCounts { get; set; } = Array.Empty<int>();

    /// <summary>Each fact with its identifier, as planned.</summary>
    public TNamed[] Named { get; set; } = Array.Empty<TNamed>();

    /// <inheritdoc />
    public override void Clear()
    {
        base.Clear();
        Families = Array.Empty<int>();
        NameHashes = Array.Empty<int>();
        Identifiers = Array.Empty<string>();
        QuoteCounts = Array.Empty<int>();
        Named = Array.Empty<TNamed>();
    }
}
