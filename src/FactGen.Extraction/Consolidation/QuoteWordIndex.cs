using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Every remembered quote by its words, so the quotes near a changed one are found without comparing it with all. Words are
/// ranked by descending id (ids never change; later words tend to be rarer), a fixed order, so prefix filtering misses no
/// near pair however the corpus changes: each quote is listed under its prefix (its <see cref="QuoteGrouper.PrefixLength"/>
/// highest ids) and under every word it has.
/// </summary>
/// <remarks>
/// A replaced document's entries are not searched out of long lists: its generation goes up, entries of older
/// generations are skipped (and dropped from the lists they are read from), and once stale entries outnumber live ones
/// the caller builds the index anew.
/// </remarks>
internal sealed class QuoteWordIndex
{
    private readonly List<Entry>?[] _prefix;
    private readonly List<Entry>?[] _all;
    private readonly int[] _generation;
    private int _live;
    private int _stale;

    /// <summary>An index of <paramref name="quotes"/>, by position.</summary>
    public QuoteWordIndex(DocumentQuotes[] quotes, int wordCount)
    {
        _prefix = new List<Entry>?[wordCount];
        _all = new List<Entry>?[wordCount];
        _generation = new int[quotes.Length];
        for (var d = 0; d < quotes.Length; d++)
        {
            Add(d, quotes[d]);
        }
    }

    /// <summary>True when stale entries outnumber live ones (or a word is past the table): time to build anew.</summary>
    public bool Worn { get; private set; }

    /// <summary>Drops position <paramref name="document"/>'s quotes (lazily) and lists <paramref name="quotes"/> instead.</summary>
    public void Replace(int document, DocumentQuotes removed, DocumentQuotes quotes)
    {
        foreach (var ids in removed.Ids)
        {
            _live -= ids.Length + QuoteGrouper.PrefixLength(ids.Length);
            _stale += ids.Length + QuoteGrouper.PrefixLength(ids.Length);
        }

        _generation[document]++;
        Add(document, quotes);
        Worn |= _stale > _live;
    }

    /// <summary>
    /// Every quote that may be near one with word ids <paramref name="ids"/> (ascending): a superset of the quotes
    /// <see cref="QuoteGrouper.SameQuotation"/> can accept, given each quote's word count; a quote without words has none.
    /// </summary>
    public void Candidates(int[] ids, Func<ItemRef, int> wordCount, HashSet<long> found, List<ItemRef> into)
    {
        var n = ids.Length;
        if (n == 0)
        {
            return; // keys without words are never grouped
        }

        // Dice (and equal keys): the two prefixes share a word, and the lengths are within a factor.
        const double t = QuoteGrouper.MinDice;
        var minWords = Math.Ceiling(n * t / (2 - t));
        var maxWords = Math.Floor(n * (2 - t) / t);
        for (var k = n - QuoteGrouper.PrefixLength(n); k < n; k++)
        {
            Read(_prefix, ids[k], wordCount, minWords, maxWords, found, into);
        }

        if (n >= QuoteGrouper.MinContainedWords)
        {
            // Contained whole in a longer one: that one has this one's top word.
            Read(_all, ids[n - 1], wordCount, n + 1, int.MaxValue, found, into);
        }

        // A shorter one contained whole in this one: its top word, which heads its prefix, is one of these.
        for (var k = 0; k < n; k++)
        {
            Read(_prefix, ids[k], wordCount, QuoteGrouper.MinContainedWords, n, found, into);
        }
    }

    private void Add(int document, DocumentQuotes quotes)
    {
        for (var q = 0; q < quotes.Ids.Length; q++)
        {
            var ids = quotes.Ids[q];
            var entry = new Entry(new ItemRef(document, q), _generation[document]);
            for (var k = 0; k < ids.Length; k++)
            {
                Add(_all, ids[k], entry);
                if (k >= ids.Length - QuoteGrouper.PrefixLength(ids.Length))
                {
                    Add(_prefix, ids[k], entry);
                }
            }
        }
    }

    private void Add(List<Entry>?[] postings, int word, Entry entry)
    {
        if (word >= postings.Length)
        {
            Worn = true; // a word newer than the table: built anew before the next search
            return;
        }

        (postings[word] ??= new List<Entry>()).Add(entry);
        _live++;
    }

    private void Read(List<Entry>?[] postings, int word, Func<ItemRef, int> wordCount, double minWords, double maxWords, HashSet<long> found, List<ItemRef> into)
    {
        if (word >= postings.Length || postings[word] is not { } list)
        {
            return;
        }

        var kept = 0;
        for (var e = 0; e < list.Count; e++)
        {
            var entry = list[e];
            if (entry.Generation != _generation[entry.Item.Document])
            {
                _stale--;
                continue;
            }

            list[kept++] = entry;
            var words = wordCount(entry.Item);
            if (words >= minWords && words <= maxWords && found.Add(entry.Item.Order))
            {
                into.Add(entry.Item);
            }
        }

        list.RemoveRange(kept, list.Count - kept);
    }

    private readonly struct Entry
    {
        public Entry(ItemRef item, int generation)
        {
            Item = item;
            Generation = generation;
        }

        public ItemRef Item { get; }

        public int Generation { get; }
    }
}
