using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Last run's quotation groups, by document position: what lets <see cref="IncrementalQuoteGrouper"/> re-group only the
/// groups an edit can reach. A quote is named by its document's position and its index there; groups are the connected
/// sets of near pairs, each with its merged quotation, and <see cref="Order"/> is the output order of the groups.
/// </summary>
internal sealed class QuoteComponents
{
    public QuoteComponents(DocumentFacts[] documents, int[] fileIds, DocumentQuotes[] quotes, string?[][] speakers, List<ItemRef>[][] near, int[][] groupOf)
    {
        Documents = documents;
        FileIds = fileIds;
        Quotes = quotes;
        Speakers = speakers;
        Near = near;
        GroupOf = groupOf;
    }

    /// <summary>Last run's documents, in order.</summary>
    public DocumentFacts[] Documents { get; }

    /// <summary>Per position, its file's number (equal for documents of one file name, which are adjacent).</summary>
    public int[] FileIds { get; }

    /// <summary>Per position, its quotes' keys and word ids.</summary>
    public DocumentQuotes[] Quotes { get; }

    /// <summary>Per position and quote, the speaker the quote had (after name merging).</summary>
    public string?[][] Speakers { get; }

    /// <summary>Per position and quote, its near quotes of other files.</summary>
    public List<ItemRef>[][] Near { get; }

    /// <summary>Per position and quote, its group (an index into <see cref="Groups"/>).</summary>
    public int[][] GroupOf { get; }

    /// <summary>Every quote by its words; made on the first edit (not by the full run), null until then.</summary>
    public QuoteWordIndex? Words { get; set; }

    /// <summary>Every group by index; a group an edit replaced is null.</summary>
    public List<QuoteGroup?> Groups { get; } = new();

    /// <summary>The groups in output order (each one's quotation strictly after the one before: no two compare equal).</summary>
    public List<int> Order { get; set; } = new();

    /// <summary>Their quotations in that order.</summary>
    public QuoteFact[] Output { get; set; } = Array.Empty<QuoteFact>();
}

/// <summary>One group of near quotes: its members in document order and their merged quotation.</summary>
internal sealed class QuoteGroup
{
    public QuoteGroup(ItemRef[] members, QuoteFact merged)
    {
        Members = members;
        Merged = merged;
    }

    public ItemRef[] Members { get; }

    public QuoteFact Merged { get; }
}
