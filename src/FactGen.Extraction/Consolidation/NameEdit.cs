using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// One in-place edit of the documents a <see cref="NameGroupState{TResult}"/> remembers: which positions were replaced,
/// the groups the edit reaches through a name key, and their members to merge again. A group is reached when it held an
/// item of a replaced document, or an item whose name or alias key an old or new item of a replaced document has: two
/// items join only through a shared key, and which item first has a key changes only when an item with that key comes or
/// goes. So every group not reached is exactly as last run left it.
/// </summary>
internal sealed class NameEdit<TResult>
    where TResult : class
{
    /// <summary>Above this many replaced documents the caller merges in full.</summary>
    private const int MaxReplaced = 16;

    private NameEdit(NameGroupState<TResult> state, bool[] replaced, NameKeys[] keys, HashSet<int> reached)
    {
        State = state;
        Replaced = replaced;
        Keys = keys;
        Reached = reached;
    }

    public NameGroupState<TResult> State { get; }

    /// <summary>Per position, whether its document was replaced.</summary>
    public bool[] Replaced { get; }

    /// <summary>Per position, its items' keys now.</summary>
    public NameKeys[] Keys { get; }

    /// <summary>The groups to merge again.</summary>
    public HashSet<int> Reached { get; }

    /// <summary>The edit from <paramref name="state"/> to <paramref name="documents"/>, or null when it is not a few in-place replacements.</summary>
    public static NameEdit<TResult>? Of(NameGroupState<TResult>? state, IReadOnlyList<DocumentFacts> documents, Func<DocumentFacts, NameKeys> keysOf)
    {
        if (state is null || state.Documents.Length != documents.Count)
        {
            return null;
        }

        var count = documents.Count;
        var replaced = new bool[count];
        var keys = new NameKeys[count];
        var reached = new HashSet<int>();
        var replacedCount = 0;
        for (var d = 0; d < count; d++)
        {
            if (ReferenceEquals(documents[d], state.Documents[d]))
            {
                keys[d] = state.Keys[d];
                continue;
            }

            if (documents[d].Document.File != state.Documents[d].Document.File || ++replacedCount > MaxReplaced)
            {
                return null;
            }

            replaced[d] = true;
            keys[d] = keysOf(documents[d]);
            reached.UnionWith(state.GroupOf[d]);
        }

        var edit = new NameEdit<TResult>(state, replaced, keys, reached);
        for (var d = 0; d < count; d++)
        {
            if (replaced[d])
            {
                edit.Reach(state.Keys[d]);
                edit.Reach(keys[d]);
            }
        }

        return edit;
    }

    /// <summary>Reaches the groups of every kept item that has one of <paramref name="keys"/>' name or alias keys.</summary>
    public void Reach(NameKeys keys)
    {
        for (var i = 0; i < keys.Names.Length; i++)
        {
            Reach(keys.Names[i]);
            foreach (var alias in keys.Aliases[i])
            {
                if (alias is not null)
                {
                    Reach(alias);
                }
            }
        }
    }

    /// <summary>Reaches the group of every kept item whose name or alias has <paramref name="key"/>.</summary>
    public void Reach(string key)
    {
        if (State.ByKey.TryGetValue(key, out var items))
        {
            foreach (var item in items)
            {
                Reach(item);
            }
        }
    }

    /// <summary>Reaches the group of <paramref name="item"/>, unless its document was replaced.</summary>
    public void Reach(ItemRef item)
    {
        if (!Replaced[item.Document])
        {
            Reached.Add(State.GroupOf[item.Document][item.Index]);
        }
    }

    /// <summary>The kept members of the reached groups and every item of the replaced documents, in document order.</summary>
    public List<ItemRef> Members(Func<int, int> itemCount)
    {
        var members = new List<ItemRef>();
        foreach (var g in Reached)
        {
            foreach (var m in State.Groups[g]!.Members)
            {
                if (!Replaced[m.Document])
                {
                    members.Add(m);
                }
            }
        }

        for (var d = 0; d < Replaced.Length; d++)
        {
            if (Replaced[d])
            {
                for (var i = itemCount(d); i > 0; i--)
                {
                    members.Add(new ItemRef(d, i - 1));
                }
            }
        }

        members.Sort((a, b) => a.Order.CompareTo(b.Order));
        return members;
    }

    /// <summary>
    /// Puts the new groups in place of the reached ones: each is binary-searched into last run's order (no two groups
    /// compare equal: the root breaks ties), the state takes the edit, and the merged facts come back in output order.
    /// </summary>
    /// <param name="documents">The documents now.</param>
    /// <param name="written">Per replaced document, its items' names.</param>
    /// <param name="added">The new groups: members (document order), merged result.</param>
    /// <param name="factOf">The fact a result carries.</param>
    /// <param name="compare">Output order of two facts (before the root).</param>
    /// <param name="nameOf">The merged name a fact gives its items.</param>
    /// <param name="canonical">Every item's merged name now.</param>
    public List<TFact> Apply<TFact>(
        IReadOnlyList<DocumentFacts> documents,
        Func<int, string[]> written,
        List<(ItemRef[] Members, TResult Merged)> added,
        Func<TResult, TFact> factOf,
        Func<TFact, TFact, int> compare,
        Func<TFact, string> nameOf,
        out CanonicalNames canonical)
    {
        var state = State;
        int Compare(TFact a, long aRoot, TFact b, long bRoot)
        {
            var c = compare(a, b);
            return c != 0 ? c : aRoot.CompareTo(bRoot);
        }

        added.Sort((a, b) => Compare(factOf(a.Merged), a.Members[0].Order, factOf(b.Merged), b.Members[0].Order));
        var places = new int[added.Count];
        for (var k = 0; k < added.Count; k++)
        {
            var fact = factOf(added[k].Merged);
            var root = added[k].Members[0].Order;
            var low = 0;
            var high = state.Order.Count;
            while (low < high)
            {
                var mid = low + ((high - low) >> 1);
                var group = state.Groups[state.Order[mid]]!;
                if (Compare(factOf(group.Merged), group.Root, fact, root) < 0)
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

        var dead = new bool[state.Groups.Count];
        foreach (var g in Reached)
        {
            dead[g] = true;
        }

        var splice = new OutputSplice(state.Order, dead, places, state.Groups.Count);
        var output = new TFact[splice.Order.Count];
        var hashes = new int[output.Length];
        splice.CopyKept((TFact[])state.Output!, output);
        splice.CopyKept(state.OutputHashes, hashes);
        for (var k = 0; k < added.Count; k++)
        {
            var at = splice.AddedAt[k];
            output[at] = factOf(added[k].Merged);
            hashes[at] = StringComparer.Ordinal.GetHashCode(nameOf(output[at]));
        }

        // The state takes the edit.
        canonical = state.Canonical.Spliced(Replaced, written, out var documentStart, out var canonicalOf, out var rank);
        foreach (var g in Reached)
        {
            state.Groups[g] = null;
        }

        for (var d = 0; d < Replaced.Length; d++)
        {
            if (Replaced[d])
            {
                state.Index(d, state.Keys[d], remove: true);
                state.Documents[d] = documents[d];
                state.Keys[d] = Keys[d];
                state.GroupOf[d] = new int[Keys[d].Names.Length];
                state.Index(d, Keys[d], remove: false);
            }
        }

        foreach (var (members, merged) in added)
        {
            var id = state.Groups.Count;
            state.Groups.Add(new MergedGroup<TResult>(members, merged));
            var name = nameOf(factOf(merged));
            foreach (var m in members)
            {
                state.GroupOf[m.Document][m.Index] = id;
                canonicalOf[documentStart[m.Document] + m.Index] = name;
                canonical.MarkChanged(m.Document);
                rank[documentStart[m.Document] + m.Index] = members[0].Order;
            }
        }

        state.Order = splice.Order;
        state.Output = output;
        state.OutputHashes = hashes;
        state.Canonical = canonical;
        return new List<TFact>(output);
    }
}
