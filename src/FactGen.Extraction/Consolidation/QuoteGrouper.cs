using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Groups the quotations of many articles that carry the same words: equal once normalised, or
/// near (token Dice ≥ 0.8, or one's words found whole inside the other's). A group keeps every
/// wording and every source; its text is the fullest wording. Candidates come from an
/// index of each quotation's rarest words (prefix filtering), so the work grows with the corpus,
/// not with its square.
/// </summary>
internal static class QuoteGrouper
{
    private const double MinDice = 0.8;
    private const int MinContainedWords = 4;


    public static List<QuoteFact> Group(IReadOnlyList<DocumentFacts> documents, Func<string, string, string> speakerOf)
    {
        var items = new List<Item>();
        foreach (var d in documents)
        {
            foreach (var q in d.Quotes)
            {
                var key = TextKeys.Key(q.Text);
                var speaker = q.Speaker is null ? null : speakerOf(d.Document.File, q.Speaker);
                items.Add(new Item(d.Document.File, q, key, TextKeys.DistinctWords(key), speaker));
            }
        }

        var sets = new UnionFind(items.Count);
        var wordCount = AssignWordIds(items);
        var frequency = new int[wordCount];
        foreach (var item in items)
        {
            foreach (var id in item.Ids)
            {
                frequency[id]++;
            }
        }

        // Any fixed global order of words serves prefix filtering; ids come in input order, which is
        // deterministic, so "rarest first, then first seen" is too.
        Comparison<int> rarestFirst = (x, y) => frequency[x] != frequency[y] ? frequency[x].CompareTo(frequency[y]) : x.CompareTo(y);
        var rarest = new int[items.Count][];
        var all = NewPostings(wordCount);
        var prefixes = NewPostings(wordCount);
        for (var i = 0; i < items.Count; i++)
        {
            rarest[i] = (int[])items[i].Ids.Clone();
            Array.Sort(rarest[i], rarestFirst);
            foreach (var id in items[i].Ids)
            {
                all[id].Add(i);
            }

            for (var k = 0; k < PrefixLength(rarest[i].Length); k++)
            {
                prefixes[rarest[i][k]].Add(i);
            }
        }

        var tried = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            tried[i] = i + 1;

            // Near wordings share a word among both prefixes of rarest words (prefix filtering for Dice),
            // and Dice >= t needs lengths within a factor t/(2-t) of each other.
            var n = rarest[i].Length;
            for (var k = 0; k < PrefixLength(n); k++)
            {
                Try(items, sets, tried, i, prefixes[rarest[i][k]], Math.Ceiling(n * MinDice / (2 - MinDice)), Math.Floor(n * (2 - MinDice) / MinDice));
            }

            // A wording contained whole in a longer one: the longer holds the shorter's rarest word.
            if (n >= MinContainedWords)
            {
                Try(items, sets, tried, i, all[rarest[i][0]], n + 1, int.MaxValue);
            }
        }

        var quotes = new List<QuoteFact>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(sets.Find).OrderBy(g => g.Key))
        {
            var members = group.Select(i => items[i]).ToList();
            // The fullest wording covers the others (each near or contained); the rest are variants.
            var text = members.Select(m => m.Fact.Text).OrderBy(t => t, PeopleMerger.NamePreference).First();
            var speaker = Evidence.Majority(members.Select(m => (m.Speaker, m.File)), StringComparer.Ordinal);
            var variants = members.Select(m => m.Fact.Text).Where(t => t != text)
                .Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToEquatableArray();
            var partial = members.All(m => m.Fact.Partial);
            quotes.Add(new QuoteFact(text, speaker, partial, Evidence.Merge(members.Select(m => m.Fact.Evidence)), variants));
        }

        quotes.Sort((a, b) => a.Evidence.Count == 0 || b.Evidence.Count == 0
            ? b.Evidence.Count.CompareTo(a.Evidence.Count)
            : Evidence.Order.Compare(a.Evidence[0], b.Evidence[0]));
        return quotes;
    }

    /// <summary>How many of the rarest words any near wording must share: |A| - ⌈t|A|/(2-t)⌉ + 1 of them.</summary>
    private static int PrefixLength(int words)
    {
        var length = words - (int)Math.Ceiling(MinDice * words / (2 - MinDice)) + 1;
        return Math.Max(Math.Min(1, words), Math.Min(length, words));
    }

    private static List<int>[] NewPostings(int words)
    {
        var postings = new List<int>[words];
        for (var i = 0; i < words; i++)
        {
            postings[i] = new List<int>(2);
        }

        return postings;
    }

    /// <summary>Compares quotation <paramref name="i"/> with each candidate once (<paramref name="tried"/> holds i + 1 for those seen).</summary>
    private static void Try(List<Item> items, UnionFind sets, int[] tried, int i, List<int> candidates, double minWords, double maxWords)
    {
        foreach (var j in candidates)
        {
            var words = items[j].Words.Count;
            if (words < minWords || words > maxWords || tried[j] == i + 1)
            {
                continue;
            }

            tried[j] = i + 1;
            // Within one article a repeated wording is said twice: grouping is across articles only.
            if (items[i].File != items[j].File && sets.Find(i) != sets.Find(j) && SameQuote(items[i], items[j]))
            {
                sets.Union(i, j);
            }
        }
    }

    /// <summary>The same words: equal, near by Dice, or one contained whole in the other; never two different speakers.</summary>
    internal static bool SameQuote(Item a, Item b)
    {
        if (a.Speaker is not null && b.Speaker is not null && a.Speaker != b.Speaker)
        {
            return false;
        }

        if (a.Key == b.Key)
        {
            return true;
        }

        var shorter = a.Words.Count <= b.Words.Count ? a : b;
        var longer = ReferenceEquals(shorter, a) ? b : a;
        var common = Overlap(a.Ids, b.Ids);
        if (shorter.Words.Count >= 3 && 2.0 * common / (a.Words.Count + b.Words.Count) >= MinDice)
        {
            return true;
        }

        return shorter.Words.Count >= MinContainedWords && common == shorter.Words.Count
            && longer.Padded.IndexOf(shorter.Padded, StringComparison.Ordinal) >= 0;
    }

    /// <summary>Size of the intersection of two ascending id arrays.</summary>
    private static int Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>Numbers every distinct word in input order; returns how many there are.</summary>
    private static int AssignWordIds(List<Item> items)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var own = new int[item.Words.Count];
            for (var k = 0; k < own.Length; k++)
            {
                if (!ids.TryGetValue(item.Words[k], out var id))
                {
                    ids[item.Words[k]] = id = ids.Count;
                }

                own[k] = id;
            }

            Array.Sort(own);
            item.Ids = own;
        }

        return ids.Count;
    }

    /// <summary>One quotation of one article, with its normalised words.</summary>
    internal sealed class Item
    {
        public Item(string file, QuoteFact fact, string key, List<string> words, string? speaker)
        {
            File = file;
            Fact = fact;
            Key = key;
            Padded = " " + key + " ";
            Words = words;
            Speaker = speaker;
        }

        public string File { get; }

        public QuoteFact Fact { get; }

        public string Key { get; }

        /// <summary>The key between spaces, so containment matches whole words only.</summary>
        public string Padded { get; }

        public List<string> Words { get; }

        /// <summary>Ids of <see cref="Words"/>, ascending, for fast overlap counts.</summary>
        public int[] Ids { get; set; } = Array.Empty<int>();

        public string? Speaker { get; }
    }
}
