using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Every near pair of quotations (<see cref="QuoteGrouper.SameQuote"/>, different files), found as
/// <see cref="QuoteGrouper"/> finds candidates: prefix filtering over the rarest words for Dice, and the shorter
/// wording's rarest word for containment. Prefix filtering misses no pair whatever the word order, so the pairs
/// found depend only on the quotations. Unlike the grouper it keeps pairs already joined through others.
/// </summary>
internal static class NearQuoteIndex
{
    /// <param name="items">The quotations; their <see cref="QuoteGrouper.Item.Ids"/> are read, never changed.</param>
    /// <param name="wordCount">One more than the largest word id.</param>
    /// <param name="maxPairs">Past this many pairs the search stops and returns null (many copies of one quotation make pairs by their square).</param>
    public static List<(int, int)>? AllPairs(List<QuoteGrouper.Item> items, int wordCount, int maxPairs)
    {
        var rank = QuoteGrouper.RarityRanks(items, wordCount);
        var rarest = new int[items.Count][];
        var prefixCount = new int[wordCount];
        var allCount = new int[wordCount];
        for (var i = 0; i < items.Count; i++)
        {
            var ids = items[i].Ids;
            var own = new int[ids.Length];
            for (var k = 0; k < own.Length; k++)
            {
                own[k] = rank[ids[k]];
            }

            Array.Sort(own);
            rarest[i] = own;
            foreach (var id in own)
            {
                allCount[id]++;
            }

            for (var k = 0; k < QuoteGrouper.PrefixLength(own.Length); k++)
            {
                prefixCount[own[k]]++;
            }
        }

        var all = new QuoteGrouper.Postings(allCount);
        var prefixes = new QuoteGrouper.Postings(prefixCount);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var id in rarest[i])
            {
                all.Add(id, i);
            }

            for (var k = 0; k < QuoteGrouper.PrefixLength(rarest[i].Length); k++)
            {
                prefixes.Add(rarest[i][k], i);
            }
        }

        var found = new HashSet<long>();
        var pairs = new List<(int, int)>();
        var tried = new int[items.Count];
        const double t = QuoteGrouper.MinDice;
        for (var i = 0; i < items.Count; i++)
        {
            tried[i] = i + 1;
            var n = rarest[i].Length;
            for (var k = 0; k < QuoteGrouper.PrefixLength(n); k++)
            {
                Try(items, rarest, found, pairs, tried, i, prefixes, rarest[i][k], Math.Ceiling(n * t / (2 - t)), Math.Floor(n * (2 - t) / t));
            }

            if (n >= QuoteGrouper.MinContainedWords)
            {
                Try(items, rarest, found, pairs, tried, i, all, rarest[i][0], n + 1, int.MaxValue);
            }

            if (pairs.Count > maxPairs)
            {
                return null;
            }
        }

        return pairs;
    }

    private static void Try(
        List<QuoteGrouper.Item> items, int[][] rarest, HashSet<long> found, List<(int, int)> pairs, int[] tried, int i,
        QuoteGrouper.Postings postings, int word, double minWords, double maxWords)
    {
        var candidates = postings.Items;
        for (var c = postings.Start(word); c < postings.End(word); c++)
        {
            var j = candidates[c];
            var words = rarest[j].Length;
            if (words < minWords || words > maxWords || tried[j] == i + 1)
            {
                continue;
            }

            tried[j] = i + 1;
            if (items[i].FileId != items[j].FileId && QuoteGrouper.SameQuote(items[i], items[j])
                && found.Add(((long)Math.Min(i, j) << 32) | (uint)Math.Max(i, j)))
            {
                pairs.Add((i, j));
            }
        }
    }
}
