using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// What re-merging people after an in-place edit needs beyond <see cref="NameGroupState{TResult}"/>: which items hold
/// each name word, what each one-word name joined last run, and the title conflicts each group reported.
/// </summary>
internal sealed class PeopleJoins
{
    private readonly NameKeys[] _keys;
    private ItemsByKey<int>? _byWord;

    private PeopleJoins(long[][] joinedTo, NameKeys[] keys)
    {
        JoinedTo = joinedTo;
        _keys = keys;
    }

    /// <summary>
    /// Per word id, the items whose full name starts or ends with it, or whose one-word name it is; made on first use
    /// (the first edit) from the state's keys.
    /// </summary>
    public ItemsByKey<int> ByWord
    {
        get
        {
            if (_byWord is null)
            {
                _byWord = new ItemsByKey<int>();
                for (var d = 0; d < _keys.Length; d++)
                {
                    Index(d, _keys[d].Words!, remove: false);
                }
            }

            return _byWord;
        }
    }

    /// <summary>Per position and item, the <see cref="ItemRef.Order"/> of the item its one-word name joined; -1 for none.</summary>
    public long[][] JoinedTo { get; }

    /// <summary>The title conflicts of each group that reported any, by the group's first member (so in group order).</summary>
    public SortedDictionary<long, FactDiagnostic[]> Conflicts { get; } = new();

    /// <summary>The joins of a full merge.</summary>
    /// <param name="keys">Per document, its people's keys, words included.</param>
    /// <param name="documentStart">Per document, its first item; one more entry holds the item count.</param>
    /// <param name="joinedTo">Per item, the item its one-word name joined (-1: none).</param>
    /// <param name="state">The groups the merge made.</param>
    public static PeopleJoins Capture(NameKeys[] keys, int[] documentStart, int[] joinedTo, NameGroupState<MergedFact<PersonFact>> state)
    {
        var count = keys.Length;
        var orderOf = new long[joinedTo.Length];
        for (var d = 0; d < count; d++)
        {
            for (var i = documentStart[d]; i < documentStart[d + 1]; i++)
            {
                orderOf[i] = new ItemRef(d, i - documentStart[d]).Order;
            }
        }

        var joins = new PeopleJoins(new long[count][], state.Keys);
        for (var d = 0; d < count; d++)
        {
            var own = joins.JoinedTo[d] = new long[documentStart[d + 1] - documentStart[d]];
            for (var i = 0; i < own.Length; i++)
            {
                var target = joinedTo[documentStart[d] + i];
                own[i] = target < 0 ? -1 : orderOf[target];
            }
        }

        foreach (var group in state.Groups)
        {
            if (group!.Merged.Conflicts.Length > 0)
            {
                joins.Conflicts.Add(group.Root, group.Merged.Conflicts);
            }
        }

        return joins;
    }

    /// <summary>Adds (or with <paramref name="remove"/>, removes) position <paramref name="document"/>'s items to <see cref="ByWord"/>, once made.</summary>
    public void Index(int document, NameWords words, bool remove)
    {
        if (_byWord is null)
        {
            return;
        }

        for (var i = 0; i < words.Last.Length; i++)
        {
            Index(words.First[i], new ItemRef(document, i), remove);
            if (words.Last[i] != words.First[i])
            {
                Index(words.Last[i], new ItemRef(document, i), remove);
            }
        }
    }

    /// <summary>The words of item <paramref name="index"/>: its full name's first and last, or its one-word name.</summary>
    public static void AddWords(NameWords words, int index, HashSet<int> to)
    {
        if (words.First[index] >= 0)
        {
            to.Add(words.First[index]);
        }

        if (words.Last[index] >= 0)
        {
            to.Add(words.Last[index]);
        }
    }

    private void Index(int word, ItemRef item, bool remove)
    {
        if (word < 0)
        {
            return;
        }

        if (remove)
        {
            _byWord!.RemoveDocument(word, item.Document);
        }
        else
        {
            _byWord!.Add(word, item);
        }
    }
}
