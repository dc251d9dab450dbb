using System;
using System.Collections.Generic;

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
    internal const double MinDice = 0.8;
    internal const int MinContainedWords = 4;

    public static List<QuoteFact> Group(IReadOnlyList<DocumentFacts> documents, Func<int, string, string> speakerOf)
    {
        var items = Items(documents, speakerOf, out var wordCount);
        var sets = new UnionFind(items.Count);
        JoinNear(items, wordCount, sets);
        return Merged(items, sets);
    }

    /// <summary>
    /// Every quotation of <paramref name="documents"/> (sorted by file) with its word ids and speaker; <paramref name="wordCount"/>
    /// ids are used. Keys are not made here: the words are read from the normalising buffer, and an item makes its key
    /// only when a comparison needs it (few do).
    /// </summary>
    internal static List<Item> Items(IReadOnlyList<DocumentFacts> documents, Func<int, string, string> speakerOf, out int wordCount)
    {
        // Sized up front, the tables are not grown by copying: about one distinct word per 64 chars of quotations
        // (BBC: 9.9 k words in 0.7 M chars).
        var quoteCount = 0;
        var quoteChars = 0L;
        var longest = 0;
        foreach (var document in documents)
        {
            foreach (var q in document.Quotes.AsArray())
            {
                quoteCount++;
                quoteChars += q.Text.Length;
                longest = Math.Max(longest, q.Text.Length);
            }
        }

        var key = new char[longest]; // every quotation's key, in turn

        var expectedWords = (int)Math.Min(Math.Max(4096, quoteChars / 64), 1 << 20);
        var items = new List<Item>(quoteCount);
        var ids = new WordIds(expectedWords);
        var lastItemOf = new List<int>(expectedWords);
        var scratch = new List<int>();
        var fileId = -1;
        for (var d = 0; d < documents.Count; d++)
        {
            // Documents are sorted by file: a new id whenever the name changes numbers files for int compares.
            var file = documents[d].Document.File;
            if (d == 0 || file != documents[d - 1].Document.File)
            {
                fileId++;
            }

            foreach (var q in documents[d].Quotes.AsArray()) // an array: no boxed enumerator, no interface calls
            {
                var speaker = q.Speaker is null ? null : speakerOf(d, q.Speaker);
                var length = TextKeys.Normalize(q.Text, key);
                items.Add(new Item(file, fileId, q, null, DistinctWordIds(key, length, items.Count + 1, ids, lastItemOf, scratch), speaker));
            }
        }

        wordCount = ids.Count;
        return items;
    }

    /// <summary>
    /// Joins in <paramref name="sets"/> every two quotations of different files that are <see cref="SameQuote"/>, and
    /// so their transitive closure. Items with equal key and speaker are interchangeable for <see cref="SameQuote"/>,
    /// so only one representative per such class is searched and indexed: the same sentence quoted in n articles
    /// costs n, not n², comparisons.
    /// </summary>
    /// <remarks>
    /// A class whose members span two files or more is one set (its members are near one another across files).
    /// A class confined to one file never joins itself (one article saying a thing twice); its members all join what
    /// its representative joins in another file, or else stay apart. A representative searching from a one-file class
    /// skips the one-file classes of its own file, for the same reason. Keys without words are never grouped.
    /// </remarks>
    internal static void JoinNear(List<Item> items, int wordCount, UnionFind sets)
    {
        var classes = new QuoteClasses(items);

        // Renumbering the words rarest first makes each item's ascending ids its rarest-first list as well.
        var all = RenumberRarestFirst(items, wordCount, classes);

        var prefixCount = new int[wordCount];
        for (var i = 0; i < items.Count; i++)
        {
            if (classes.Representative[i] != i)
            {
                continue;
            }

            var own = items[i].Ids;
            for (var k = 0; k < PrefixLength(own.Length); k++)
            {
                prefixCount[own[k]]++;
            }
        }

        // The prefix postings list items shortest first (then by index): a search for near wordings reads only
        // the stretch whose lengths Dice allows.
        var flat = new Flat(items, classes);
        var prefixes = new Postings(prefixCount, withPositions: true);
        foreach (var i in ByKeyThenIndex(flat.WordCount, classes.Representative))
        {
            var own = items[i].Ids;
            for (var k = 0; k < PrefixLength(own.Length); k++)
            {
                prefixes.Add(own[k], i, k);
            }
        }

        var tried = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (classes.Representative[i] != i)
            {
                continue;
            }

            tried[i] = i + 1;

            // Near wordings share a word among both prefixes of rarest words (prefix filtering for Dice),
            // and Dice >= t needs lengths within a factor t/(2-t) of each other. Each near pair is searched from
            // its longer member (of equal lengths, the later one), so once.
            var rarest = items[i].Ids;
            var n = rarest.Length;
            for (var k = 0; k < PrefixLength(n); k++)
            {
                TryShorter(items, flat, sets, tried, i, prefixes, k, rarest[k], Math.Ceiling(n * MinDice / (2 - MinDice)));
            }

            // A wording contained whole in a longer one: the longer holds the shorter's rarest word.
            if (n >= MinContainedWords)
            {
                TryLonger(items, flat, sets, tried, i, all, rarest[0]);
            }
        }

        classes.JoinMembers(items, sets);
    }

    /// <summary>
    /// Renumbers every item's ids in place to <see cref="RarityRanks"/>, ascending (items share no id arrays with anything
    /// that reads them later in the old order), and returns the postings of the representatives' words by new id: each
    /// word's representatives in <see cref="QuoteClasses.IndexOrder"/>, with the word's place in their ids.
    /// </summary>
    /// <remarks>
    /// Rather than renumber and sort each item's ids, the words are walked rarest first and each one's rank appended to
    /// the ids of the items that hold it: every item's ids come out ascending, in time linear in the ids. The lists of
    /// holders that walk reads are the postings too: each word's representatives come first, in their index order.
    /// </remarks>
    private static Postings RenumberRarestFirst(List<Item> items, int wordCount, QuoteClasses classes)
    {
        // Per word, the items that hold it, all in one array (each word's stretch starts at holderStart[word]).
        var holderStart = new int[wordCount + 1];
        foreach (var item in items)
        {
            foreach (var id in item.Ids)
            {
                holderStart[id + 1]++;
            }
        }

        var frequency = new int[wordCount];
        for (var w = 0; w < wordCount; w++)
        {
            frequency[w] = holderStart[w + 1];
            holderStart[w + 1] += holderStart[w];
        }

        var byRarity = ByKeyThenIndex(frequency, null);

        // Representatives first, in QuoteClasses.IndexOrder, then the other items; filled counts per word while listing.
        var holders = new int[holderStart[wordCount]];
        var filled = new int[Math.Max(wordCount, items.Count)];
        foreach (var i in classes.IndexOrder)
        {
            foreach (var id in items[i].Ids)
            {
                holders[holderStart[id] + filled[id]++] = i;
            }
        }

        var representatives = new int[wordCount];
        Array.Copy(filled, representatives, wordCount);
        for (var i = 0; i < items.Count; i++)
        {
            if (classes.Representative[i] != i)
            {
                foreach (var id in items[i].Ids)
                {
                    holders[holderStart[id] + filled[id]++] = i;
                }
            }
        }

        // Walk the words rarest first; filled now counts per item.
        Array.Clear(filled, 0, filled.Length);
        var start = new int[wordCount];
        var count = new int[wordCount];
        var positions = new byte[holders.Length];
        for (var rank = 0; rank < wordCount; rank++)
        {
            var word = byRarity[rank];
            start[rank] = holderStart[word];
            count[rank] = representatives[word];
            for (var h = holderStart[word]; h < holderStart[word + 1]; h++)
            {
                var i = holders[h];
                positions[h] = (byte)Math.Min(filled[i], byte.MaxValue);
                items[i].Ids[filled[i]++] = rank;
            }
        }

        return new Postings(start, count, holders, positions);
    }

    /// <summary>
    /// Each word id's rank when the words are ordered rarest first, then by id. Any fixed global order of words serves
    /// prefix filtering; ids come in input order, which is deterministic, so this one is too.
    /// </summary>
    internal static int[] RarityRanks(List<Item> items, int wordCount)
    {
        var frequency = new int[wordCount];
        foreach (var item in items)
        {
            foreach (var id in item.Ids)
            {
                frequency[id]++;
            }
        }

        var byRarity = ByKeyThenIndex(frequency, null);
        var rank = new int[wordCount];
        for (var r = 0; r < wordCount; r++)
        {
            rank[byRarity[r]] = r;
        }

        return rank;
    }

    /// <summary>
    /// One quotation per set of <paramref name="sets"/> (its fullest wording, the speaker most files give, every source
    /// and the other wordings), ordered by first evidence. <paramref name="items"/> must be in document order.
    /// </summary>
    /// <remarks>
    /// With a <paramref name="memo"/>, a group with the very same quote objects, speakers and files as last run takes last
    /// run's quotation.
    /// </remarks>
    /// <param name="items">The quotations, in document order.</param>
    /// <param name="sets">Which are one quotation.</param>
    /// <param name="memo">Last run's merged groups, or null.</param>
    /// <param name="order">Last run's order, or null.</param>
    /// <param name="inGroupOrder">Called with the groups and their quotations, in group order, before the sort.</param>
    internal static List<QuoteFact> Merged(
        List<Item> items, UnionFind sets, GroupMemo<QuoteFact, QuoteFact>? memo = null, SortHint<QuoteFact>? order = null, Action<Groups, List<QuoteFact>>? inGroupOrder = null)
    {
        var groups = new Groups(sets, items.Count);
        var members = groups.Members;
        QuoteFact[]? facts = null;
        object?[]? speakers = null;
        object?[]? files = null;
        if (memo is not null)
        {
            facts = new QuoteFact[items.Count];
            speakers = new object?[items.Count];
            files = new object?[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                facts[i] = items[i].Fact;
                speakers[i] = items[i].Speaker;
                files[i] = items[i].File;
            }
        }

        var quotes = new List<QuoteFact>(groups.Count);
        var evidence = new List<FactEvidence>();
        var texts = new List<string>();
        var ballot = new Ballot();
        for (var g = 0; g < groups.Count; g++)
        {
            var start = groups.Start(g);
            var size = groups.Size(g);
            if (memo is not null && memo.TryGet(facts!, speakers!, files, members, start, start + size, out var known))
            {
                quotes.Add(known);
                continue;
            }

            quotes.Add(MergeGroup(items, members, start, start + size, ballot, evidence, texts));
            memo?.Add(facts!, speakers!, files, members, start, start + size, quotes[quotes.Count - 1]);
        }

        memo?.EndRun();
        inGroupOrder?.Invoke(groups, quotes);

        HintedSort.Sort(quotes, ByFirstEvidence, order, q => HintedSort.SortUnlessInOrder(q, ByFirstEvidence));
        return quotes;
    }

    /// <summary>
    /// One quotation for the group <c>members[start..end)</c> of <paramref name="items"/>: its fullest wording, the speaker
    /// most files give, every source and the other wordings. The lists and ballot are scratch space.
    /// </summary>
    internal static QuoteFact MergeGroup(List<Item> items, int[] members, int start, int end, Ballot ballot, List<FactEvidence> evidence, List<string> texts)
    {
        if (end - start == 1)
        {
            var single = items[members[start]];
            return new QuoteFact(single.Fact.Text, single.Speaker, single.Fact.Partial, Evidence.Merge(single.Fact.Evidence), EquatableArray<string>.Empty);
        }

        // The fullest wording covers the others (each near or contained); the rest are variants.
        var text = items[members[start]].Fact.Text;
        var partial = true;
        ballot.Clear();
        evidence.Clear();
        texts.Clear();
        for (var k = start; k < end; k++)
        {
            var m = items[members[k]];
            if (PeopleMerger.NamePreference.Compare(m.Fact.Text, text) < 0)
            {
                text = m.Fact.Text;
            }

            ballot.Add(m.Speaker, m.File);
            partial &= m.Fact.Partial;
            evidence.AddAll(m.Fact.Evidence.AsArray());
            texts.Add(m.Fact.Text);
        }

        return new QuoteFact(text, ballot.Winner(StringComparer.Ordinal), partial, Evidence.SortDistinct(evidence), Evidence.OtherNames(texts, text));
    }

    /// <summary>The order of merged quotations: by first evidence.</summary>
    internal static int ByFirstEvidence(QuoteFact a, QuoteFact b) => a.Evidence.Count == 0 || b.Evidence.Count == 0
        ? b.Evidence.Count.CompareTo(a.Evidence.Count)
        : Evidence.Order.Compare(a.Evidence[0], b.Evidence[0]);

    /// <summary>
    /// Ids of the distinct words of the key <paramref name="key"/>[0..<paramref name="length"/>), in first-seen order. Every
    /// new word gets the next id, in input order; <paramref name="lastItemOf"/> holds, per id, the last item (1-based) that
    /// had it, to skip repeats.
    /// </summary>
    private static int[] DistinctWordIds(char[] key, int length, int item, WordIds ids, List<int> lastItemOf, List<int> own)
    {
        own.Clear();
        var from = 0;
        while (from < length)
        {
            // One pass finds the word's end and hashes it.
            var hash = WordIds.HashStart;
            var to = from;
            while (to < length && key[to] != ' ')
            {
                hash = WordIds.HashStep(hash, key[to]);
                to++;
            }

            var id = ids.IdOf(key, from, to - from, WordIds.HashEnd(hash));
            if (id == lastItemOf.Count)
            {
                lastItemOf.Add(0);
            }

            if (lastItemOf[id] != item)
            {
                lastItemOf[id] = item;
                own.Add(id);
            }

            from = to + 1;
        }

        return own.ToArray();
    }

    /// <summary>How many of the rarest words any near wording must share: |A| - ⌈t|A|/(2-t)⌉ + 1 of them.</summary>
    internal static int PrefixLength(int words)
    {
        var length = words - (int)Math.Ceiling(MinDice * words / (2 - MinDice)) + 1;
        return Math.Max(Math.Min(1, words), Math.Min(length, words));
    }

    /// <summary>
    /// Compares quotation <paramref name="i"/> with each candidate that <paramref name="word"/>'s prefix postings list
    /// shorter than it (or as long and earlier) and at least <paramref name="minWords"/> long, once: <paramref name="tried"/>
    /// holds i + 1 for those compared and -(i + 1) for those the positions rule out.
    /// </summary>
    /// <remarks>
    /// Ids ascend in both lists, so a candidate is met first at the rarest word the two share, at
    /// <paramref name="position"/> in i's and at its posted position in the candidate's: neither shares more than
    /// what follows that word in both (positional filtering), and near needs <see cref="DiceCommon"/> shared words.
    /// </remarks>
    private static void TryShorter(
        List<Item> items, Flat flat, UnionFind sets, int[] tried, int i, Postings postings, int position, int word, double minWords)
    {
        var ownWords = flat.WordCount[i];
        var wordCount = flat.WordCount;
        var positions = postings.Positions;
        var candidates = postings.Items;
        var end = postings.End(word);

        // The postings go shortest first: skip those too short for Dice in one step.
        var low = postings.Start(word);
        var high = end;
        while (low < high)
        {
            var mid = low + ((high - low) >> 1);
            if (wordCount[candidates[mid]] < minWords)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var c = low; c < end; c++)
        {
            var j = candidates[c];
            var words = wordCount[j];
            if (words > ownWords || (words == ownWords && j >= i))
            {
                break; // the rest are searched from their own side
            }

            if (tried[j] == i + 1 || tried[j] == -(i + 1) || SameFileOnly(flat, i, j))
            {
                continue;
            }

            if (1 + Math.Min(ownWords - position - 1, words - positions[c] - 1) < DiceCommon(ownWords + words))
            {
                tried[j] = -(i + 1);
                continue;
            }

            tried[j] = i + 1;
            Compare(items, sets, i, j);
        }
    }

    /// <summary>
    /// Compares quotation <paramref name="i"/> with each longer candidate that holds its rarest word,
    /// <paramref name="word"/>, and enough words after it to hold all of i's (positional filtering); candidates
    /// <paramref name="tried"/> marks compared (i + 1) are skipped.
    /// </summary>
    private static void TryLonger(List<Item> items, Flat flat, UnionFind sets, int[] tried, int i, Postings postings, int word)
    {
        var ownWords = flat.WordCount[i];
        var positions = postings.Positions;
        var candidates = postings.Items;
        var end = postings.End(word);
        for (var c = postings.Start(word); c < end; c++)
        {
            var j = candidates[c];
            if (SameFileOnly(flat, i, j))
            {
                // These postings go by file, and a file's one-file classes come last among its representatives,
                // so skip to the next file at once.
                var low = c;
                var high = end;
                while (low < high)
                {
                    var mid = low + ((high - low) >> 1);
                    if (flat.FileId[candidates[mid]] <= flat.FileId[i])
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                c = low - 1;
                continue;
            }

            var words = flat.WordCount[j];
            if (words <= ownWords || tried[j] == i + 1 || words - positions[c] < ownWords)
            {
                continue;
            }

            tried[j] = i + 1;
            Compare(items, sets, i, j);
        }
    }

    /// <summary>Two one-file classes of the same article: never grouped (one article saying a thing twice).</summary>
    private static bool SameFileOnly(Flat flat, int i, int j) =>
        flat.FileId[j] == flat.FileId[i] && flat.OneFile[i] && flat.OneFile[j];

    private static void Compare(List<Item> items, UnionFind sets, int i, int j)
    {
        if (sets.Find(i) != sets.Find(j) && SameQuote(items[i], items[j]))
        {
            sets.Union(i, j);
        }
    }

    /// <summary>
    /// The indices of <paramref name="keys"/> (with <paramref name="representative"/>, only those that are their own
    /// representative) by key, then by index. Keys are counts (of words, of items), small and non-negative, so a counting
    /// sort does it in one pass over the keys and one over their range.
    /// </summary>
    private static int[] ByKeyThenIndex(int[] keys, int[]? representative)
    {
        var maxKey = 0;
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (representative is null || representative[i] == i)
            {
                maxKey = Math.Max(maxKey, keys[i]);
                count++;
            }
        }

        var next = new int[maxKey + 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (representative is null || representative[i] == i)
            {
                next[keys[i] + 1]++;
            }
        }

        for (var k = 1; k < next.Length; k++)
        {
            next[k] += next[k - 1];
        }

        var sorted = new int[count];
        for (var i = 0; i < keys.Length; i++)
        {
            if (representative is null || representative[i] == i)
            {
                sorted[next[keys[i]]++] = i;
            }
        }

        return sorted;
    }

    /// <summary>Calls of <see cref="SameQuote"/> on this thread, for tests that prove grouping linear.</summary>
    [ThreadStatic]
    internal static long SameQuoteCalls;

    /// <summary>The same words: equal, near by Dice, or one contained whole in the other; never two different speakers.</summary>
    /// <remarks>Most pairs are settled by their word ids alone, so an item's key is made only for the few that are not.</remarks>
    internal static bool SameQuote(Item a, Item b) => ByWords(a.Speaker, a.Ids, b.Speaker, b.Ids) switch
    {
        WordsVerdict.Same => true,
        WordsVerdict.SameIfEqualKeys => a.SameKey(b),
        WordsVerdict.SameIfFirstContained => ContainsWords(b.Key, a.Key),
        WordsVerdict.SameIfSecondContained => ContainsWords(a.Key, b.Key),
        _ => false,
    };

    /// <summary><see cref="SameQuote"/> of two quotations given by speaker, key and ascending distinct word ids.</summary>
    internal static bool SameQuotation(string? aSpeaker, string aKey, int[] aIds, string? bSpeaker, string bKey, int[] bIds) =>
        ByWords(aSpeaker, aIds, bSpeaker, bIds) switch
        {
            WordsVerdict.Same => true,
            WordsVerdict.SameIfEqualKeys => aKey == bKey,
            WordsVerdict.SameIfFirstContained => ContainsWords(bKey, aKey),
            WordsVerdict.SameIfSecondContained => ContainsWords(aKey, bKey),
            _ => false,
        };

    /// <summary>What speakers and word ids alone say of <see cref="SameQuote"/>.</summary>
    internal enum WordsVerdict
    {
        /// <summary>Not the same quotation.</summary>
        Different,

        /// <summary>The same quotation.</summary>
        Same,

        /// <summary>The same when the keys are equal (equal ids of one or two words).</summary>
        SameIfEqualKeys,

        /// <summary>The same when the first key stands whole in the second's words.</summary>
        SameIfFirstContained,

        /// <summary>The same when the second key stands whole in the first's words.</summary>
        SameIfSecondContained,
    }

    /// <summary>
    /// <see cref="SameQuote"/> as far as speakers and word ids (both in one numbering and one order) tell it. Equal keys
    /// have equal ids, so ids that differ mean keys that differ; equal ids of three words or more are near by Dice
    /// whatever the keys, so only shorter ones need the keys compared.
    /// </summary>
    private static WordsVerdict ByWords(string? aSpeaker, int[] aIds, string? bSpeaker, int[] bIds)
    {
        SameQuoteCalls++;
        if (aSpeaker is not null && bSpeaker is not null && aSpeaker != bSpeaker)
        {
            return WordsVerdict.Different;
        }

        if (SameIds(aIds, bIds))
        {
            return aIds.Length >= 3 ? WordsVerdict.Same : WordsVerdict.SameIfEqualKeys;
        }

        var aShorter = aIds.Length <= bIds.Length;
        var shorterIds = aShorter ? aIds : bIds;

        // How many shared words either test needs; the count stops once that is out of reach.
        var needed = shorterIds.Length >= MinContainedWords ? shorterIds.Length : int.MaxValue;
        if (shorterIds.Length >= 3)
        {
            needed = Math.Min(needed, DiceCommon(aIds.Length + bIds.Length));
        }

        if (needed == int.MaxValue)
        {
            return WordsVerdict.Different;
        }

        var common = Overlap(aIds, bIds, needed);
        if (shorterIds.Length >= 3 && 2.0 * common / (aIds.Length + bIds.Length) >= MinDice)
        {
            return WordsVerdict.Same;
        }

        return shorterIds.Length >= MinContainedWords && common == shorterIds.Length
            ? (aShorter ? WordsVerdict.SameIfFirstContained : WordsVerdict.SameIfSecondContained)
            : WordsVerdict.Different;
    }

    /// <summary>True when the two id arrays hold the same ids in the same order.</summary>
    internal static bool SameIds(int[] a, int[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="part"/> stands in <paramref name="whole"/> as whole words (both keys: single-spaced words).</summary>
    private static bool ContainsWords(string whole, string part)
    {
        for (var at = whole.IndexOf(part, StringComparison.Ordinal); at >= 0; at = whole.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || whole[at - 1] == ' ') && (end == whole.Length || whole[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fewest shared words that make Dice (as computed in <see cref="SameQuote"/>) reach <see cref="MinDice"/>.</summary>
    private static int DiceCommon(int totalWords) =>
        totalWords < DiceCommonTable.Length ? DiceCommonTable[totalWords] : ComputeDiceCommon(totalWords);

    /// <summary><see cref="DiceCommon"/> of the totals most pairs have, computed once: it is asked for every candidate pair.</summary>
    private static readonly int[] DiceCommonTable = DiceCommonOfTotals(512);

    private static int[] DiceCommonOfTotals(int count)
    {
        var table = new int[count];
        for (var total = 1; total < count; total++)
        {
            table[total] = ComputeDiceCommon(total);
        }

        return table;
    }

    private static int ComputeDiceCommon(int totalWords)
    {
        var common = (int)Math.Ceiling(MinDice * totalWords / 2);
        while (common > 0 && 2.0 * (common - 1) / totalWords >= MinDice)
        {
            common--;
        }

        while (2.0 * common / totalWords < MinDice)
        {
            common++;
        }

        return common;
    }

    /// <summary>
    /// Size of the intersection of two ascending id arrays; once it can no longer reach <paramref name="needed"/>,
    /// the count so far (less than <paramref name="needed"/>).
    /// </summary>
    private static int Overlap(int[] a, int[] b, int needed)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (common + Math.Min(a.Length - i, b.Length - j) < needed)
            {
                return common;
            }

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

    /// <summary>One quotation of one article, with its normalised words.</summary>
    internal sealed class Item
    {
        private string? _key;

        /// <summary>An item; <paramref name="key"/> is the quotation's key, or null to make it from its text when first asked.</summary>
        public Item(string file, int fileId, QuoteFact fact, string? key, int[] ids, string? speaker)
        {
            File = file;
            FileId = fileId;
            Fact = fact;
            _key = key;
            Ids = ids;
            Speaker = speaker;
        }

        public string File { get; }

        /// <summary>Equal for items of one file name, different otherwise.</summary>
        public int FileId { get; }

        public QuoteFact Fact { get; }

        /// <summary><see cref="TextKeys.Key"/> of the quotation, made on first use: word ids settle most comparisons without it.</summary>
        public string Key => _key ??= TextKeys.Key(Fact.Text);

        /// <summary>True when the two keys are equal; equal texts (a quotation repeated word for word) need no key made.</summary>
        public bool SameKey(Item other) => Fact.Text == other.Fact.Text || Key == other.Key;

        /// <summary>Ids of the key's distinct words, ascending, for fast overlap counts; its length is the distinct word count.</summary>
        public int[] Ids { get; }

        public string? Speaker { get; }
    }

    /// <summary>The fields the candidate loop reads for every candidate, side by side in arrays rather than behind item references.</summary>
    private sealed class Flat
    {
        public Flat(List<Item> items, QuoteClasses classes)
        {
            WordCount = new int[items.Count];
            FileId = new int[items.Count];
            OneFile = new bool[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                WordCount[i] = items[i].Ids.Length;
                FileId[i] = items[i].FileId;
                OneFile[i] = !classes.SpansFiles[classes.Representative[i]];
            }
        }

        public int[] WordCount { get; }

        public int[] FileId { get; }

        /// <summary>True when the item's class (equal key and speaker) lies in one file.</summary>
        public bool[] OneFile { get; }
    }

    /// <summary>For each word id, the items that hold it, ascending, all in one array.</summary>
    internal sealed class Postings
    {
        private readonly int[] _start;
        private readonly int[] _fill;

        /// <summary>
        /// Empty postings with room for <paramref name="counts"/>[word] items per word, filled by <see cref="Add(int, int)"/>,
        /// or <paramref name="withPositions"/> by <see cref="Add(int, int, int)"/>.
        /// </summary>
        public Postings(int[] counts, bool withPositions = false)
        {
            _start = new int[counts.Length + 1];
            for (var w = 0; w < counts.Length; w++)
            {
                _start[w + 1] = _start[w] + counts[w];
            }

            _fill = new int[counts.Length];
            Items = new int[_start[counts.Length]];
            Positions = withPositions ? new byte[Items.Length] : Array.Empty<byte>();
        }

        /// <summary>
        /// Postings already filled: word w's items are <paramref name="items"/>[<paramref name="start"/>[w]..+<paramref name="count"/>[w]),
        /// at the places in their ids <paramref name="positions"/> gives alongside.
        /// </summary>
        public Postings(int[] start, int[] count, int[] items, byte[] positions)
        {
            _start = start;
            _fill = count;
            Items = items;
            Positions = positions;
        }

        public int[] Items { get; }

        /// <summary>
        /// Per posting, the word's place in its item's ascending ids (empty for postings made without), at most 255: a byte keeps the
        /// array small, and a place read lower than it is only makes the positional filter looser, never wrong.
        /// </summary>
        public byte[] Positions { get; }

        public int Start(int word) => _start[word];

        public int End(int word) => _start[word] + _fill[word];

        public void Add(int word, int item) => Items[_start[word] + _fill[word]++] = item;

        public void Add(int word, int item, int position)
        {
            var at = _start[word] + _fill[word]++;
            Items[at] = item;
            Positions[at] = (byte)Math.Min(position, byte.MaxValue);
        }
    }
}
