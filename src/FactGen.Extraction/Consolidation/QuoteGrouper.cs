using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Groups the quotations of many articles that carry the same words: equal once normalised, or
/// near (token Dice ≥ 0.8, or one's words found whole inside the other's). A group keeps every
/// wording and every source; its text is the wording most articles use. Candidates come from an
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
        var frequency = WordFrequency(items);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var word in items[i].Words)
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = new List<int>();
                }

                list.Add(i);
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            var words = items[i].Words.OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal).ToList();
            var prefix = words.Count - (int)Math.Ceiling(MinDice * words.Count / (2 - MinDice)) + 1;
            var tried = new HashSet<int>();
            for (var p = 0; p < Math.Min(Math.Max(prefix, 1), words.Count); p++)
            {
                foreach (var j in postings[words[p]])
                {
                    if (j != i && tried.Add(j) && SameQuote(items[i], items[j]))
                    {
                        sets.Union(i, j);
                    }
                }
            }
        }

        var quotes = new List<QuoteFact>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(sets.Find).OrderBy(g => g.Key))
        {
            var members = group.Select(i => items[i]).ToList();
            var text = Evidence.Majority(members.Select(m => ((string?)m.Fact.Text, m.File)), PeopleMerger.NamePreference)!;
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
        if (shorter.Words.Count >= MinContainedWords && (" " + longer.Key + " ").IndexOf(" " + shorter.Key + " ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        if (shorter.Words.Count < 3)
        {
            return false;
        }

        var common = shorter.Words.Count(longer.WordSet.Contains);
        return 2.0 * common / (a.Words.Count + b.Words.Count) >= MinDice;
    }

    private static Dictionary<string, int> WordFrequency(List<Item> items)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var word in item.Words)
            {
                frequency.TryGetValue(word, out var n);
                frequency[word] = n + 1;
            }
        }

        return frequency;
    }

    /// <summary>One quotation of one article, with its normalised words.</summary>
    internal sealed class Item
    {
        public Item(string file, QuoteFact fact, string key, List<string> words, string? speaker)
        {
            File = file;
            Fact = fact;
            Key = key;
            Words = words;
            WordSet = new HashSet<string>(words, StringComparer.Ordinal);
            Speaker = speaker;
        }

        public string File { get; }

        public QuoteFact Fact { get; }

        public string Key { get; }

        public List<string> Words { get; }

        public HashSet<string> WordSet { get; }

        public string? Speaker { get; }
    }
}
