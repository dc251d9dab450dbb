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
        var classes = 0;
        var hash = WordHashes(items);

        // An open-addressing table of the representatives met so far, by hash: item i finds the first earlier item of
        // its class, or else starts one (a dictionary keyed by item with this equality, without its entries).
        var slots = new int[TableSize(items.Count)];
        var mask = slots.Length - 1;
        for (var i = 0; i < items.Count; i++)
        {
            var slot = hash[i] & mask;
            while (slots[slot] != 0 && !(hash[slots[slot] - 1] == hash[i] && SameKeyAndSpeaker(items[slots[slot] - 1], items[i])))
            {
                slot = (slot + 1) & mask;
            }

            if (slots[slot] == 0)
            {
                slots[slot] = i + 1;
                Representative[i] = i;
                classes++;
            }
            else
            {
                var rep = slots[slot] - 1;
                Representative[i] = rep;
                SpansFiles[rep] |= items[rep].FileId != items[i].FileId;
            }
        }

        // Representatives by file, and within a file those of classes spanning files first: a search from a
        // one-file class can then skip the rest of its own file in one step.
        IndexOrder = new List<int>(classes);
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

    /// <summary>A power of two at least twice <paramref name="count"/>: the table stays at most half full.</summary>
    private static int TableSize(int count)
    {
        var size = 16;
        while (size < count * 2)
        {
            size *= 2;
        }

        return size;
    }

    /// <summary>
    /// Per item, a hash of its word ids, not of the key's chars (quotation keys are long). Equal keys have the same
    /// distinct words, so the same ids (all items number words in one table); the hash adds them up, so it holds whether
    /// an item's ids are in first-seen or ascending order. Non-negative.
    /// </summary>
    private static int[] WordHashes(List<QuoteGrouper.Item> items)
    {
        var hashes = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            unchecked
            {
                var hash = 0;
                foreach (var id in items[i].Ids)
                {
                    hash += (id + 1) * -1640531535; // golden-ratio multiplier spreads small ids
                }

                hashes[i] = hash & int.MaxValue;
            }
        }

        return hashes;
    }

    /// <summary>Equal key and speaker: the ids first (equal keys have equal ids), the keys only when those agree.</summary>
    private static bool SameKeyAndSpeaker(QuoteGrouper.Item x, QuoteGrouper.Item y) =>
        x.Speaker == y.Speaker && QuoteGrouper.SameIds(x.Ids, y.Ids) && x.SameKey(y);
}
