using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Groups quotations exactly as <see cref="QuoteGrouper"/> does, but remembers every near pair between runs.
/// A group is a connected set of near pairs, and whether two quotes are near depends only on the two (their
/// words, files and speakers). So a pair of quotes that were both there last time, with the same speakers, is
/// near now exactly when it was then; only the quotes of changed documents, or whose speaker changed, are
/// compared again, each with every other quote. When many quotes changed (or on the first run) every near pair
/// is found through an index of rare words, as <see cref="QuoteGrouper"/> finds them.
/// </summary>
internal static class RememberingQuoteGrouper
{
    /// <summary>Above this many changed quotes, one indexed search beats comparing each with every quote.</summary>
    private const int MaxChangedQuotes = 48;

    /// <summary>
    /// Pairs allowed per quote (plus a constant) before the near pairs are given up for this run. News has a few per
    /// quote; the same sentence repeated in m articles has m² of them. Then the quotes are grouped as
    /// <see cref="QuoteGrouper"/> groups them, one search per class of equal wordings, and nothing is remembered.
    /// </summary>
    private const int PairsPerQuote = 4;

    private const int BasePairs = 16384;

    /// <param name="documents">The documents, sorted by file.</param>
    /// <param name="speakerOf">A quote's speaker as merged, by document and written name.</param>
    /// <param name="memo">What the last runs left.</param>
    /// <param name="namesChanged">Per document, whether <paramref name="speakerOf"/> may answer differently than last run; null when it may anywhere.</param>
    public static List<QuoteFact> Group(IReadOnlyList<DocumentFacts> documents, Func<int, string, string> speakerOf, QuoteMemo memo, bool[]? namesChanged = null)
    {
        if (IncrementalQuoteGrouper.TryGroup(documents, speakerOf, memo, namesChanged) is { } regrouped)
        {
            memo.Previous = null; // the pairs by document object are last but one run's now
            return regrouped;
        }

        memo.Components = null;
        var items = new List<QuoteGrouper.Item>();
        var documentOf = new List<int>();
        var firstItem = new int[documents.Count];
        var fileIds = new int[documents.Count];
        var ownQuotes = new DocumentQuotes[documents.Count];
        var indexOf = new Dictionary<DocumentFacts, int>(documents.Count, ReferenceComparer<DocumentFacts>.Instance);
        var distinct = true;
        var fileId = -1;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var file = document.Document.File;
            if (d == 0 || file != documents[d - 1].Document.File)
            {
                fileId++;
            }

            if (indexOf.ContainsKey(document))
            {
                distinct = false; // one object twice: quote indices would not name one item
            }
            else
            {
                indexOf.Add(document, d);
            }

            firstItem[d] = items.Count;
            fileIds[d] = fileId;
            var own = ownQuotes[d] = memo.Of(document);
            var quotes = document.Quotes.AsArray();
            for (var q = 0; q < quotes.Length; q++)
            {
                var speaker = quotes[q].Speaker is null ? null : speakerOf(d, quotes[q].Speaker!);
                items.Add(new QuoteGrouper.Item(file, fileId, quotes[q], own.Keys[q], own.Ids[q], speaker));
                documentOf.Add(d);
            }
        }

        var reusable = distinct && memo.Previous is not null;
        var changed = new bool[items.Count];
        var changedCount = 0;
        for (var d = 0; d < documents.Count && reusable; d++)
        {
            // One look-up per document; its quotes follow one another from firstItem[d].
            var known = memo.Previous!.TryGetValue(documents[d], out var before);
            var end = d + 1 < documents.Count ? firstItem[d + 1] : items.Count;
            for (var i = firstItem[d]; i < end; i++)
            {
                changed[i] = !known || before!.Speakers[i - firstItem[d]] != items[i].Speaker;
                changedCount += changed[i] ? 1 : 0;
            }
        }

        // Documents whose quotes' near lists change this run; the others keep last run's lists as they are.
        var touched = new bool[documents.Count];
        List<(int, int)>? pairs;
        if (reusable && changedCount <= MaxChangedQuotes)
        {
            pairs = PairsSince(items, documents, documentOf, firstItem, indexOf, changed, memo.Previous!, touched);
            for (var d = 0; d < documents.Count; d++)
            {
                touched[d] |= !memo.Previous!.ContainsKey(documents[d]);
            }
        }
        else
        {
            pairs = NearQuoteIndex.AllPairs(items, memo.Words.Count, (PairsPerQuote * items.Count) + BasePairs);
            for (var d = 0; d < touched.Length; d++)
            {
                touched[d] = true;
            }
        }

        if (pairs is null || pairs.Count > (PairsPerQuote * items.Count) + BasePairs)
        {
            return WithoutPairs(items, memo);
        }

        var sets = new UnionFind(items.Count);
        var near = new List<(DocumentFacts, int)>?[items.Count];
        foreach (var (a, b) in pairs)
        {
            sets.Union(a, b);
            if (touched[documentOf[a]])
            {
                (near[a] ??= new List<(DocumentFacts, int)>()).Add((documents[documentOf[b]], b - firstItem[documentOf[b]]));
            }

            if (touched[documentOf[b]])
            {
                (near[b] ??= new List<(DocumentFacts, int)>()).Add((documents[documentOf[a]], a - firstItem[documentOf[a]]));
            }
        }

        var remembered = memo.Spare;
        remembered.Clear();
        for (var d = 0; d < documents.Count; d++)
        {
            if (!touched[d])
            {
                remembered[documents[d]] = memo.Previous![documents[d]];
                continue;
            }

            var count = documents[d].Quotes.Count;
            var speakers = new string?[count];
            var lists = new List<(DocumentFacts, int)>[count];
            for (var q = 0; q < count; q++)
            {
                speakers[q] = items[firstItem[d] + q].Speaker;
                lists[q] = near[firstItem[d] + q] ?? NoPairs;
            }

            remembered[documents[d]] = new DocumentPairs(speakers, lists);
        }

        memo.Spare = memo.Previous ?? new Dictionary<DocumentFacts, DocumentPairs>(ReferenceComparer<DocumentFacts>.Instance);
        memo.Previous = distinct ? remembered : null;
        Groups? groups = null;
        List<QuoteFact>? inGroupOrder = null;
        var sorted = QuoteGrouper.Merged(items, sets, memo.Groups, memo.Order, (g, q) => (groups, inGroupOrder) = (g, new List<QuoteFact>(q)));
        // The sort has just checked whether any two quotations tie; with ties, an edit could not place its groups.
        memo.Components = memo.Order.Strict ? QuoteComponents.Capture(documents, fileIds, ownQuotes, items, firstItem, pairs, groups!, inGroupOrder!, sorted) : null;
        return sorted;
    }

    /// <summary>Groups by one search per class of equal wordings (linear in repeated quotations) and forgets the pairs.</summary>
    private static List<QuoteFact> WithoutPairs(List<QuoteGrouper.Item> items, QuoteMemo memo)
    {
        // The search renumbers word ids in place: the memo's id arrays must stay as they are.
        var copies = new List<QuoteGrouper.Item>(items.Count);
        foreach (var item in items)
        {
            copies.Add(new QuoteGrouper.Item(item.File, item.FileId, item.Fact, item.Key, (int[])item.Ids.Clone(), item.Speaker));
        }

        var sets = new UnionFind(items.Count);
        QuoteGrouper.JoinNear(copies, memo.Words.Count, sets);
        memo.Spare.Clear();
        memo.Previous = null;
        return QuoteGrouper.Merged(items, sets, memo.Groups, memo.Order);
    }

    /// <summary>The near list of a quote with none (shared: lists are only read once remembered).</summary>
    private static readonly List<(DocumentFacts, int)> NoPairs = new();

    /// <summary>Last run's pairs between unchanged quotes, and every near pair of a changed quote, found by comparing it with all.</summary>
    private static List<(int, int)> PairsSince(
        List<QuoteGrouper.Item> items,
        IReadOnlyList<DocumentFacts> documents,
        List<int> documentOf,
        int[] firstItem,
        Dictionary<DocumentFacts, int> indexOf,
        bool[] changed,
        Dictionary<DocumentFacts, DocumentPairs> previous,
        bool[] touched)
    {
        var pairs = new List<(int, int)>();
        DocumentPairs? last = null;
        var lastDocument = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (changed[i])
            {
                for (var j = 0; j < items.Count; j++)
                {
                    // Keys without words are never grouped (the one-shot search finds them by no word).
                    if (j != i && !(changed[j] && j < i) && items[i].FileId != items[j].FileId && items[i].Ids.Length > 0 && items[j].Ids.Length > 0
                        && QuoteGrouper.SameQuote(items[i], items[j]))
                    {
                        pairs.Add((i, j));
                        touched[documentOf[i]] = true;
                        touched[documentOf[j]] = true;
                    }
                }

                touched[documentOf[i]] = true;
                continue;
            }

            if (documentOf[i] != lastDocument)
            {
                // One look-up per document: its quotes follow one another.
                lastDocument = documentOf[i];
                last = previous[documents[lastDocument]];
            }

            var before = last!.Near[i - firstItem[lastDocument]];
            foreach (var (document, quote) in before)
            {
                if (!indexOf.TryGetValue(document, out var d) || changed[firstItem[d] + quote])
                {
                    touched[documentOf[i]] = true; // a near quote went away or changed: the list shrinks
                    continue;
                }

                var j = firstItem[d] + quote;
                if (j > i)
                {
                    pairs.Add((i, j));
                }
            }
        }

        return pairs;
    }
}
