using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Re-groups quotations after an edit that replaced a few documents in place (same positions, same file names), touching
/// only what the edit can reach. Groups are connected sets of near pairs, and nearness depends only on the two quotes
/// (words, files, speakers). So a group none of whose quotes changed, and that no changed quote is near, is exactly as
/// last run left it, merged quotation included. The changed quotes (those of replaced documents, and those whose speaker
/// changed) are compared with every quote; the groups they left or reach are joined again from their remembered and
/// fresh pairs, merged again and put in place in last run's order. The result is the one full grouping gives: when it
/// could differ (last run's order had ties, too many quotes changed) this declines and the caller groups in full.
/// </summary>
internal static class IncrementalQuoteGrouper
{
    /// <summary>Above this many changed quotes, one search over all quotes (and a new state) is as cheap.</summary>
    private const int MaxChangedQuotes = 128;

    /// <summary>The grouped quotations, or null when the caller must group in full (which remembers groups anew).</summary>
    /// <param name="documents">The documents, sorted by file.</param>
    /// <param name="speakerOf">A quote's speaker as merged, by document and written name.</param>
    /// <param name="memo">What the last runs left.</param>
    /// <param name="namesChanged">Per document, whether <paramref name="speakerOf"/> may answer differently than last run; null when it may anywhere.</param>
    public static List<QuoteFact>? TryGroup(IReadOnlyList<DocumentFacts> documents, Func<int, string, string> speakerOf, QuoteMemo memo, bool[]? namesChanged)
    {
        var state = memo.Components;
        if (state is null || state.Documents.Length != documents.Count)
        {
            return null;
        }

        var count = documents.Count;
        var replaced = new bool[count];
        var quotes = new DocumentQuotes[count];
        for (var d = 0; d < count; d++)
        {
            if (ReferenceEquals(documents[d], state.Documents[d]))
            {
                quotes[d] = state.Quotes[d];
                continue;
            }

            if (documents[d].Document.File != state.Documents[d].Document.File)
            {
                return null;
            }

            replaced[d] = true;
            quotes[d] = memo.Of(documents[d]);
        }

        // Speakers follow name merging: looked up again wherever the names may have changed.
        var speakers = new string?[count][];
        var changed = new List<ItemRef>();
        var changedSet = new HashSet<long>();
        for (var d = 0; d < count; d++)
        {
            if (!replaced[d] && namesChanged is not null && !namesChanged[d])
            {
                speakers[d] = state.Speakers[d];
                continue;
            }

            var own = documents[d].Quotes.AsArray();
            var before = state.Speakers[d];
            var now = replaced[d] ? new string?[own.Length] : null;
            for (var q = 0; q < own.Length; q++)
            {
                var speaker = own[q].Speaker is null ? null : speakerOf(d, own[q].Speaker!);
                if (!replaced[d])
                {
                    if (speaker == before[q])
                    {
                        continue;
                    }

                    now ??= (string?[])before.Clone();
                }

                now![q] = speaker;
                changed.Add(new ItemRef(d, q));
                changedSet.Add(new ItemRef(d, q).Order);
            }

            if (changed.Count > MaxChangedQuotes)
            {
                return null;
            }

            speakers[d] = now ?? before;
        }

        // The groups an edit reaches: those its old quotes belonged to, and those its changed quotes are near now.
        var reached = new HashSet<int>();
        for (var d = 0; d < count; d++)
        {
            if (replaced[d])
            {
                reached.UnionWith(state.GroupOf[d]);
            }
        }

        var touched = new bool[count];
        foreach (var c in changed)
        {
            touched[c.Document] = true;
            if (!replaced[c.Document])
            {
                reached.Add(state.GroupOf[c.Document][c.Index]);
            }
        }

        // The index takes the replaced documents' quotes now (declining later rebuilds the whole state anyway), and each
        // changed quote is compared with the quotes it lists as possibly near.
        if (state.Words is null || state.Words.Worn)
        {
            state.Words = new QuoteWordIndex(state.Quotes, memo.Words.Count);
        }

        for (var d = 0; d < count; d++)
        {
            if (replaced[d])
            {
                state.Words.Replace(d, state.Quotes[d], quotes[d]);
            }
        }

        if (state.Words.Worn)
        {
            state.Words = new QuoteWordIndex(quotes, memo.Words.Count);
        }

        var fresh = new List<(ItemRef Changed, ItemRef Other)>();
        var found = new HashSet<long>();
        var candidates = new List<ItemRef>();
        foreach (var c in changed)
        {
            found.Clear();
            candidates.Clear();
            state.Words.Candidates(quotes[c.Document].Ids[c.Index], r => quotes[r.Document].Ids[r.Index].Length, found, candidates);
            foreach (var other in candidates)
            {
                var (e, r) = (other.Document, other.Index);
                var otherChanged = touched[e] && (replaced[e] || changedSet.Contains(other.Order));
                if (state.FileIds[c.Document] == state.FileIds[e] || (otherChanged && other.Order <= c.Order))
                {
                    continue; // a pair of two changed quotes is found once, from its first
                }

                if (QuoteGrouper.SameQuotation(
                    speakers[c.Document][c.Index], quotes[c.Document].Keys[c.Index], quotes[c.Document].Ids[c.Index], speakers[e][r], quotes[e].Keys[r], quotes[e].Ids[r]))
                {
                    fresh.Add((c, other));
                    if (!otherChanged)
                    {
                        reached.Add(state.GroupOf[e][r]);
                    }
                }
            }
        }

        // Every quote of the reached groups and every changed quote, in document order, joined again.
        var members = new List<ItemRef>(changed);
        foreach (var g in reached)
        {
            foreach (var m in state.Groups[g]!.Members)
            {
                if (!replaced[m.Document] && !changedSet.Contains(m.Order))
                {
                    members.Add(m);
                }
            }
        }

        members.Sort((a, b) => a.Order.CompareTo(b.Order));
        var local = new Dictionary<long, int>(members.Count);
        for (var k = 0; k < members.Count; k++)
        {
            local.Add(members[k].Order, k);
        }

        var near = new List<ItemRef>?[members.Count];
        var sets = new UnionFind(members.Count);
        for (var k = 0; k < members.Count; k++)
        {
            var m = members[k];
            if (replaced[m.Document] || changedSet.Contains(m.Order))
            {
                continue;
            }

            foreach (var p in state.Near[m.Document][m.Index])
            {
                if (replaced[p.Document] || changedSet.Contains(p.Order))
                {
                    continue; // a changed quote's pairs are all fresh
                }

                if (!local.TryGetValue(p.Order, out var other))
                {
                    return null; // not one group with its near quote: never so, but then group in full
                }

                sets.Union(k, other);
                (near[k] ??= new List<ItemRef>()).Add(p);
            }
        }

        foreach (var (c, other) in fresh)
        {
            var a = local[c.Order];
            var b = local[other.Order];
            sets.Union(a, b);
            (near[a] ??= new List<ItemRef>()).Add(other);
            (near[b] ??= new List<ItemRef>()).Add(c);
        }

        // The new groups, merged, each put where the full sort would put it among last run's.
        var items = new List<QuoteGrouper.Item>(members.Count);
        foreach (var m in members)
        {
            items.Add(new QuoteGrouper.Item(
                documents[m.Document].Document.File, state.FileIds[m.Document], documents[m.Document].Quotes[m.Index],
                quotes[m.Document].Keys[m.Index], quotes[m.Document].Ids[m.Index], speakers[m.Document][m.Index]));
        }

        var groups = new Groups(sets, members.Count);
        var grouped = groups.Members;
        var added = new List<(QuoteFact Merged, ItemRef[] Members)>(groups.Count);
        var ballot = new Ballot();
        var evidence = new List<FactEvidence>();
        var texts = new List<string>();
        for (var g = 0; g < groups.Count; g++)
        {
            var start = groups.Start(g);
            var end = start + groups.Size(g);
            var own = groups.ItemsOf(g, members);

            added.Add((QuoteGrouper.MergeGroup(items, grouped, start, end, ballot, evidence, texts), own));
        }

        // Last run's order was strict (no two equal), so each new quotation's place is found by binary search among all of
        // last run's, and only its neighbours need comparing; a tie declines (the full sort settles ties its own way).
        added.Sort((a, b) => QuoteGrouper.ByFirstEvidence(a.Merged, b.Merged));
        var dead = new bool[state.Groups.Count];
        foreach (var g in reached)
        {
            dead[g] = true;
        }

        var places = new int[added.Count];
        for (var k = 0; k < added.Count; k++)
        {
            if (k > 0 && QuoteGrouper.ByFirstEvidence(added[k - 1].Merged, added[k].Merged) >= 0)
            {
                return null;
            }

            var low = 0;
            var high = state.Order.Count;
            while (low < high)
            {
                var mid = low + ((high - low) >> 1);
                var c = QuoteGrouper.ByFirstEvidence(state.Groups[state.Order[mid]]!.Merged, added[k].Merged);
                if (c == 0 && !dead[state.Order[mid]])
                {
                    return null;
                }

                if (c < 0)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            places[k] = low;
        }

        var splice = new OutputSplice(state.Order, dead, places, state.Groups.Count);
        var output = new QuoteFact[splice.Order.Count];
        splice.CopyKept(state.Output, output);
        for (var k = 0; k < added.Count; k++)
        {
            output[splice.AddedAt[k]] = added[k].Merged;
        }

        // Only now, with nothing left to decline, does the state change.
        foreach (var id in reached)
        {
            state.Groups[id] = null;
        }

        for (var d = 0; d < count; d++)
        {
            state.Speakers[d] = speakers[d];
            if (replaced[d])
            {
                state.Documents[d] = documents[d];
                state.Quotes[d] = quotes[d];
                state.GroupOf[d] = new int[quotes[d].Keys.Length];
                state.Near[d] = new List<ItemRef>[quotes[d].Keys.Length];
            }
        }

        foreach (var (merged, own) in added)
        {
            var id = state.Groups.Count;
            state.Groups.Add(new MergedGroup<QuoteFact>(own, merged));
            foreach (var m in own)
            {
                state.GroupOf[m.Document][m.Index] = id;
            }
        }

        for (var k = 0; k < members.Count; k++)
        {
            state.Near[members[k].Document][members[k].Index] = near[k] ?? QuoteComponents.NoNear;
        }

        state.Order = splice.Order;
        state.Output = output;
        return new List<QuoteFact>(output);
    }
}
