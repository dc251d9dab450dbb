using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Every remembered quote by its words, so the quotes near a changed one are found without comparing it with all. Words are
/// ranked by descending id (ids never change; later words tend to be rarer), a fixed order, so prefix filtering misses no
/// near pair however the corpus changes: each quote is listed under its prefix (its <see cref="QuoteGrouper.PrefixLength"/>
/// highest ids) and under every word it has.
/// </summary>
internal sealed class QuoteWordIndex
{
    private List<ItemRef>?[] _prefix = new List<ItemRef>?[4096];
    private List<ItemRef>?[] _all = new List<ItemRef>?[4096];

    /// <summary>False until the first <see cref="Index"/>: the index is made on the first edit, not by the full run.</summary>
    public bool Built { get; private set; }

    /// <summary>Adds (or with <paramref name="remove"/>, removes) the quotes of position <paramref name="document"/>.</summary>
    public void Index(int document, DocumentQuotes quotes, bool remove)
    {
        Built = true;
        for (var q = 0; q < quotes.Ids.Length; q++)
        {
            var ids = quotes.Ids[q];
            var item = new ItemRef(document, q);
            for (var k = 0; k < ids.Length; k++)
            {
                Change(ref _all, ids[k], item, remove);
                if (k >= ids.Length - QuoteGrouper.PrefixLength(ids.Length))
                {
                    Change(ref _prefix, ids[k], item, remove);
                }
            }
        }
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
            Add(_prefix, ids[k], wordCount, minWords, maxWords, found, into);
        }

        if (n >= QuoteGrouper.MinContainedWords)
        {
            // Contained whole in a longer one: that one has this one's top word.
            Add(_all, ids[n - 1], wordCount, n + 1, int.MaxValue, found, into);
        }

        // A shorter one contained whole in this one: its top word, which heads its prefix, is one of these.
        for (var k = 0; k < n; k++)
        {
            Add(_prefix, ids[k], wordCount, QuoteGrouper.MinContainedWords, n, found, into);
        }
    }

    private static void Add(List<ItemRef>?[] postings, int word, Func<ItemRef, int> wordCount, double minWords, double maxWords, HashSet<long> found, List<ItemRef> into)
    {
        if (word >= postings.Length || postings[word] is not { } list)
        {
            return;
        }

        foreach (var item in list)
        {
            var words = wordCount(item);
            if (words >= minWords && words <= maxWords && found.Add(item.Order))
            {
                into.Add(item);
            }
        }
    }

    private static void Change(ref List<ItemRef>?[] postings, int word, ItemRef item, bool remove)
    {
        if (word >= postings.Length)
        {
            if (remove)
            {
                return;
            }

            Array.Resize(ref postings, Math.Max(postings.Length * 2, word + 1));
        }

        if (remove)
        {
            postings[word]?.RemoveAll(r => r.Document == item.Document);
        }
        else
        {
            (postings[word] ??= new List<ItemRef>()).Add(item);
        }
    }
}
