using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// What quote grouping keeps from one run to the next: each document's quote keys and word ids (numbered by a
/// table that lives as long as the memo, so ids never change), and the previous run's complete list of near
/// pairs, by document object and quote index, with the speaker each quote had then.
/// </summary>
internal sealed class QuoteMemo
{
    private readonly ConditionalWeakTable<DocumentFacts, DocumentQuotes> _documents = new();

    /// <summary>Last run's merged quotations, by their members.</summary>
    public GroupMemo<QuoteFact, QuoteFact> Groups { get; } = new();

    /// <summary>Last run's order of the merged quotations.</summary>
    public SortHint<QuoteFact> Order { get; } = new();

    /// <summary>Word ids shared by every document this memo has seen.</summary>
    public WordIds Words { get; } = new(4096);

    /// <summary>The previous run's near pairs, by document object; null before the first run.</summary>
    public Dictionary<DocumentFacts, DocumentPairs>? Previous { get; set; }

    /// <summary>Last run's groups by document position, for <see cref="IncrementalQuoteGrouper"/>; null when they cannot serve.</summary>
    public QuoteComponents? Components { get; set; }

    /// <summary>An emptied table for the next run's pairs (the tables swap, so none is reallocated).</summary>
    public Dictionary<DocumentFacts, DocumentPairs> Spare { get; set; } = new(ReferenceComparer<DocumentFacts>.Instance);

    /// <summary>The keys and ids of <paramref name="document"/>'s quotes, computed once per document object.</summary>
    public DocumentQuotes Of(DocumentFacts document)
    {
        if (!_documents.TryGetValue(document, out var quotes))
        {
            quotes = DocumentQuotes.Of(document, Words);
            _documents.Add(document, quotes);
        }

        return quotes;
    }
}

/// <summary>One document's quote keys, and per quote its distinct word ids, ascending.</summary>
internal sealed class DocumentQuotes
{
    private DocumentQuotes(string[] keys, int[][] ids)
    {
        Keys = keys;
        Ids = ids;
    }

    public string[] Keys { get; }

    public int[][] Ids { get; }

    public static DocumentQuotes Of(DocumentFacts document, WordIds words)
    {
        var quotes = document.Quotes.AsArray();
        var keys = new string[quotes.Length];
        var ids = new int[quotes.Length][];
        var own = new List<int>();
        for (var q = 0; q < quotes.Length; q++)
        {
            var key = TextKeys.Key(quotes[q].Text);
            keys[q] = key;
            own.Clear();

            // The same cut into words as QuoteGrouper's (every single space separates), duplicates dropped.
            var from = 0;
            while (from < key.Length)
            {
                var to = key.IndexOf(' ', from);
                if (to < 0)
                {
                    to = key.Length;
                }

                var id = words.IdOf(key, from, to - from);
                if (!own.Contains(id))
                {
                    own.Add(id);
                }

                from = to + 1;
            }

            var sorted = own.ToArray();
            System.Array.Sort(sorted);
            ids[q] = sorted;
        }

        return new DocumentQuotes(keys, ids);
    }
}

/// <summary>One document's quotes as the last run saw them: each one's speaker and near quotes of other files.</summary>
internal sealed class DocumentPairs
{
    public DocumentPairs(string?[] speakers, List<(DocumentFacts Document, int Quote)>[] near)
    {
        Speakers = speakers;
        Near = near;
    }

    public string?[] Speakers { get; }

    public List<(DocumentFacts Document, int Quote)>[] Near { get; }
}
