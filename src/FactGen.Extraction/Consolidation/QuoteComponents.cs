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

    /// <summary>The near list of a quote with none (shared: lists are never changed once remembered).</summary>
    public static readonly List<ItemRef> NoNear = new();

    /// <summary>
    /// Last run's groups as <see cref="RememberingQuoteGrouper"/> found them in full, or null when they cannot serve (one
    /// quotation object for two groups). Only for an order without ties, which the sort reports
    /// (<see cref="SortHint{T}.Strict"/>): an edit's groups are binary-searched into it.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="fileIds">Per document, its file's number.</param>
    /// <param name="quotes">Per document, its quotes' keys and word ids.</param>
    /// <param name="items">Every quote, in document order.</param>
    /// <param name="firstItem">Per document, its first item.</param>
    /// <param name="pairs">Every near pair, by item.</param>
    /// <param name="groups">The groups of items.</param>
    /// <param name="inGroupOrder">Each group's quotation, in group order.</param>
    /// <param name="sorted">The quotations in output order.</param>
    public static QuoteComponents? Capture(
        IReadOnlyList<DocumentFacts> documents,
        int[] fileIds,
        DocumentQuotes[] quotes,
        List<QuoteGrouper.Item> items,
        int[] firstItem,
        List<(int, int)> pairs,
        Groups groups,
        List<QuoteFact> inGroupOrder,
        List<QuoteFact> sorted)
    {
        var count = documents.Count;
        var refs = new ItemRef[items.Count];
        var speakers = new string?[count][];
        var near = new List<ItemRef>[count][];
        var groupOf = new int[count][];
        for (var d = 0; d < count; d++)
        {
            var size = documents[d].Quotes.Count;
            speakers[d] = new string?[size];
            near[d] = new List<ItemRef>[size];
            groupOf[d] = new int[size];
            for (var q = 0; q < size; q++)
            {
                refs[firstItem[d] + q] = new ItemRef(d, q);
                speakers[d][q] = items[firstItem[d] + q].Speaker;
                near[d][q] = NoNear;
            }
        }

        foreach (var (a, b) in pairs)
        {
            AddNear(near, refs[a], refs[b]);
            AddNear(near, refs[b], refs[a]);
        }

        var copy = new DocumentFacts[count];
        for (var d = 0; d < count; d++)
        {
            copy[d] = documents[d];
        }

        var state = new QuoteComponents(copy, fileIds, quotes, speakers, near, groupOf);
        var idOf = new Dictionary<QuoteFact, int>(inGroupOrder.Count, ReferenceComparer<QuoteFact>.Instance);
        for (var g = 0; g < groups.Count; g++)
        {
            var own = new ItemRef[groups.Size(g)];
            for (var k = 0; k < own.Length; k++)
            {
                own[k] = refs[groups.Members[groups.Start(g) + k]];
                groupOf[own[k].Document][own[k].Index] = g;
            }

            state.Groups.Add(new MergedGroup<QuoteFact>(own, inGroupOrder[g]));
            if (idOf.ContainsKey(inGroupOrder[g]))
            {
                return null; // one quotation object for two groups: the order could not name each group
            }

            idOf.Add(inGroupOrder[g], g);
        }

        foreach (var merged in sorted)
        {
            state.Order.Add(idOf[merged]);
        }

        state.Output = sorted.ToArray();

        return state;
    }

    private static void AddNear(List<ItemRef>[][] near, ItemRef from, ItemRef to)
    {
        var list = near[from.Document][from.Index];
        if (ReferenceEquals(list, NoNear))
        {
            near[from.Document][from.Index] = list = new List<ItemRef>();
        }

        list.Add(to);
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
    public List<MergedGroup<QuoteFact>?> Groups { get; } = new();

    /// <summary>The groups in output order (each one's quotation strictly after the one before: no two compare equal).</summary>
    public List<int> Order { get; set; } = new();

    /// <summary>Their quotations in that order.</summary>
    public QuoteFact[] Output { get; set; } = Array.Empty<QuoteFact>();
}
