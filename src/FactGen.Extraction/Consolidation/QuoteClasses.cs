using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Quotations with equal key and speaker: interchangeable for <see cref="QuoteGrouper.SameQuote"/>, so grouping
/// searches and indexes one representative per class (its first item) and settles the other members at the end.
/// Items must be in document order (file ids never decrease).
/// </summary>
internal sealed class QuoteClasses
{
    public QuoteClasses(List<QuoteGrouper.Item> items)
    {
        Representative = new int[items.Count];
        SpansFiles = new bool[items.Count];
        var first = new Dictionary<int, int>(items.Count, new SameKeyAndSpeaker(items));
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (first.TryGetValue(i, out var rep))
            {
                Representative[i] = rep;
                SpansFiles[rep] |= items[rep].FileId != item.FileId;
            }
            else
            {
                first.Add(i, i);
                Representative[i] = i;
            }
        }

        // Representatives by file, and within a file those of classes spanning files first: a search from a
        // one-file class can then skip the rest of its own file in one step.
        IndexOrder = new List<int>(first.Count);
        var fileStart = 0;
        for (var i = 0; i <= items.Count; i++)
        {
            if (i < items.Count && items[i].FileId == items[fileStart].FileId)
            {
                continue;
            }

            for (var pass = 0; pass < 2; pass++)
            {
                for (var k = fileStart; k < i; k++)
                {
                    if (Representative[k] == k && SpansFiles[k] == (pass == 0))
                    {
                        IndexOrder.Add(k);
                    }
                }
            }

            fileStart = i;
        }
    }

    /// <summary>Per item, the first item of its class.</summary>
    public int[] Representative { get; }

    /// <summary>Per representative, true when its class has members in two files or more.</summary>
    public bool[] SpansFiles { get; }

    /// <summary>The representatives in the order the word postings list them.</summary>
    public List<int> IndexOrder { get; }

    /// <summary>
    /// Once representatives are joined: a class spanning files is one set; a one-file class whose representative
    /// joined another class joins it whole; any other one-file class keeps its members apart. Keys without words
    /// are never grouped (they have no word to be found by).
    /// </summary>
    public void JoinMembers(List<QuoteGrouper.Item> items, UnionFind sets)
    {
        var representatives = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (Representative[i] == i)
            {
                representatives[sets.Find(i)]++;
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rep = Representative[i];
            if (rep != i && items[i].Ids.Length > 0 && (SpansFiles[rep] || representatives[sets.Find(rep)] > 1))
            {
                sets.Union(i, rep);
            }
        }
    }

    /// <summary>
    /// Items by index, equal when key and speaker are; hashed by their word ids, not the key's chars (quotation keys are
    /// long). Equal keys have the same distinct words, so the same ids (all items number words in one table); the
    /// hash adds them up, so it holds whether an item's ids are in first-seen or ascending order.
    /// </summary>
    private sealed class SameKeyAndSpeaker : IEqualityComparer<int>
    {
        private readonly List<QuoteGrouper.Item> _items;
        private readonly int[] _hash;

        public SameKeyAndSpeaker(List<QuoteGrouper.Item> items)
        {
            _items = items;
            _hash = new int[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                unchecked
                {
                    var hash = 0;
                    foreach (var id in items[i].Ids)
                    {
                        hash += (id + 1) * -1640531535; // golden-ratio multiplier spreads small ids
                    }

                    _hash[i] = hash;
                }
            }
        }

        public bool Equals(int x, int y) =>
            _items[x].Speaker == _items[y].Speaker
            && QuoteGrouper.SameIds(_items[x].Ids, _items[y].Ids) // equal keys have equal ids: a cheap test before the keys
            && _items[x].SameKey(_items[y]);

        public int GetHashCode(int i) => _hash[i];
    }
}
