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
    public static List<T> ByNameThenFirstFile<T>(List<T> items, Func<T, string> name, Func<T, EquatableArray<FactEvidence>> evidence)
    {
        var keys = new NameKey[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var own = evidence(items[i]);
            keys[i] = new NameKey(name(items[i]), own.Count == 0 ? string.Empty : own[0].File, i);
        }

        Array.Sort(keys, NameKeyComparer.Instance);
        var sorted = new List<T>(keys.Length);
        foreach (var key in keys)
        {
            sorted.Add(items[key.Index]);
        }

        return sorted;
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
