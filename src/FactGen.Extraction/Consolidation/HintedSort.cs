using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Sorts a list that is mostly last run's items: those keep last run's relative order, the few new ones are sorted
/// and merged in, and one pass checks that every neighbour pair is strictly in order. Strictly ordered means no two
/// items compare equal, so that order is the only sorted one and any sort (stable or not) gives it. Otherwise the
/// list is sorted in full by the caller's own sort, exactly as without a hint.
/// </summary>
internal static class HintedSort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare, SortHint<T>? hint, Action<List<T>> fullSort)
        where T : class
    {
        var sorted = hint?.Previous is { } previous ? FromPrevious(items, compare, previous) : null;
        if (sorted is null)
        {
            fullSort(items);
        }
        else
        {
            items.Clear();
            items.AddRange(sorted);
        }

        hint?.Remember(items);
    }

    private static List<T>? FromPrevious<T>(List<T> items, Comparison<T> compare, Dictionary<T, int> previous)
        where T : class
    {
        var slots = new T?[previous.Count];
        var fresh = new List<T>();
        foreach (var item in items)
        {
            if (previous.TryGetValue(item, out var p) && p < slots.Length && slots[p] is null)
            {
                slots[p] = item;
            }
            else
            {
                fresh.Add(item);
            }
        }

        fresh.Sort(compare);
        var sorted = new List<T>(items.Count);
        var f = 0;
        foreach (var item in slots)
        {
            if (item is null)
            {
                continue;
            }

            while (f < fresh.Count && compare(fresh[f], item) < 0)
            {
                sorted.Add(fresh[f++]);
            }

            sorted.Add(item);
        }

        while (f < fresh.Count)
        {
            sorted.Add(fresh[f++]);
        }

        for (var k = 1; k < sorted.Count; k++)
        {
            if (compare(sorted[k - 1], sorted[k]) >= 0)
            {
                return null;
            }
        }

        return sorted;
    }
}
