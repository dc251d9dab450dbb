using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>A stable sort (equal items keep their order), as LINQ's OrderBy gives, without its key arrays.</summary>
internal static class StableSort
{
    public static List<T> Sorted<T>(List<T> items, Comparison<T> compare)
    {
        var order = new int[items.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, Comparer<int>.Create((x, y) =>
        {
            var c = compare(items[x], items[y]);
            return c != 0 ? c : x.CompareTo(y);
        }));
        var sorted = new List<T>(order.Length);
        foreach (var i in order)
        {
            sorted.Add(items[i]);
        }

        return sorted;
    }

    /// <summary>
    /// Merged people or organizations in <see cref="PeopleMerger.ByNameThenFirstFile(string, EquatableArray{FactEvidence}, string, EquatableArray{FactEvidence})"/>
    /// order, stable: the same order <see cref="Sorted{T}"/> gives with that comparison, with the keys read once
    /// into an array of structs instead of through two delegates per comparison.
    /// </summary>
    /// <remarks>
    /// With a <paramref name="hint"/> (last run's order), the items last run also had keep last run's relative order, the
    /// few new ones are sorted and merged in, and one pass checks the result is sorted; only when it is not (two equal
    /// names whose tie-break flipped) is everything sorted again. Either way the result is the one full sort gives.
    /// </remarks>
    public static List<T> ByNameThenFirstFile<T>(List<T> items, Func<T, string> name, Func<T, EquatableArray<FactEvidence>> evidence, SortHint<T>? hint = null)
        where T : class
    {
        var keys = new NameKey[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var own = evidence(items[i]);
            keys[i] = new NameKey(name(items[i]), own.Count == 0 ? string.Empty : own[0].File, i);
        }

        var order = hint?.Previous is { } previous ? FromPrevious(items, keys, previous) : null;
        if (order is null)
        {
            Array.Sort(keys, NameKeyComparer.Instance);
            order = new int[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                order[k] = keys[k].Index;
            }
        }

        var sorted = new List<T>(order.Length);
        foreach (var i in order)
        {
            sorted.Add(items[i]);
        }

        if (hint is not null)
        {
            var positions = new Dictionary<T, int>(sorted.Count, ReferenceComparer<T>.Instance);
            for (var k = 0; k < sorted.Count; k++)
            {
                positions[sorted[k]] = k;
            }

            hint.Previous = positions;
        }

        return sorted;
    }

    /// <summary>The sorted order built from last run's positions, or null when it turns out not sorted.</summary>
    private static int[]? FromPrevious<T>(List<T> items, NameKey[] keys, Dictionary<T, int> previous)
        where T : class
    {
        var slots = new int[previous.Count];
        for (var p = 0; p < slots.Length; p++)
        {
            slots[p] = -1;
        }

        var fresh = new List<NameKey>();
        for (var i = 0; i < items.Count; i++)
        {
            if (previous.TryGetValue(items[i], out var p) && p < slots.Length && slots[p] < 0)
            {
                slots[p] = i;
            }
            else
            {
                fresh.Add(keys[i]);
            }
        }

        fresh.Sort(NameKeyComparer.Instance);
        var order = new int[items.Count];
        var n = 0;
        var f = 0;
        foreach (var i in slots)
        {
            if (i < 0)
            {
                continue;
            }

            while (f < fresh.Count && NameKeyComparer.Instance.Compare(fresh[f], keys[i]) < 0)
            {
                order[n++] = fresh[f++].Index;
            }

            order[n++] = i;
        }

        while (f < fresh.Count)
        {
            order[n++] = fresh[f++].Index;
        }

        for (var k = 1; k < order.Length; k++)
        {
            if (NameKeyComparer.Instance.Compare(keys[order[k - 1]], keys[order[k]]) >= 0)
            {
                return null;
            }
        }

        return order;
    }

    private readonly struct NameKey
    {
        public NameKey(string name, string file, int index)
        {
            Name = name;
            File = file;
            Index = index;
        }

        public string Name { get; }

        public string File { get; }

        public int Index { get; }
    }

    private sealed class NameKeyComparer : IComparer<NameKey>
    {
        public static readonly NameKeyComparer Instance = new();

        public int Compare(NameKey x, NameKey y)
        {
            var c = string.CompareOrdinal(x.Name, y.Name);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.File, y.File);
            }

            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}

/// <summary>Last run's sorted positions of the items, by object, for <see cref="StableSort.ByNameThenFirstFile{T}"/>.</summary>
internal sealed class SortHint<T>
    where T : class
{
    public Dictionary<T, int>? Previous { get; set; }
}
