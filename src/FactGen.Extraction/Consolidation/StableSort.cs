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
}
