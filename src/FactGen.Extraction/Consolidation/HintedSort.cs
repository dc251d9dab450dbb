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
        var sorted = hint?.Previous is { } previous ? FromPrevious(items, compare, previous, hint.Strict) : null;
        var strict = sorted is not null;
        if (sorted is null)
        {
            fullSort(items);

            // One pass, on full sorts with a hint only: whether the next run may check just the neighbours of its new items.
            strict = hint is not null && StrictlyInOrder(items, compare);
        }
        else
        {
            items.Clear();
            items.AddRange(sorted);
        }

        if (hint is not null)
        {
            hint.Remember(items);
            hint.Strict = strict;
        }
    }

    /// <summary>
    /// Sorts <paramref name="items"/> with <see cref="List{T}.Sort(Comparison{T})"/>, unless they are strictly in order
    /// already (as merged items made in document order often are): then that order is the only sorted one, the one the
    /// sort would leave, and one pass of comparisons replaces the sort.
    /// </summary>
    public static void SortUnlessInOrder<T>(List<T> items, Comparison<T> compare)
    {
        if (!StrictlyInOrder(items, compare))
        {
            items.Sort(compare);
        }
    }

    /// <summary>True when every item compares below the next.</summary>
    private static bool StrictlyInOrder<T>(List<T> items, Comparison<T> compare)
    {
        for (var k = 1; k < items.Count; k++)
        {
            if (compare(items[k - 1], items[k]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <remarks>
    /// When last run's order was strictly sorted (<paramref name="previousStrict"/>), the items kept from it are strictly in
    /// order among themselves (comparisons read only the immutable items, and strict order is transitive), so only the
    /// neighbours of new items need checking.
    /// </remarks>
    private static List<T>? FromPrevious<T>(List<T> items, Comparison<T> compare, Dictionary<T, int> previous, bool previousStrict)
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
        var lastFresh = false;
        foreach (var item in slots)
        {
            if (item is null)
            {
                continue;
            }

            while (f < fresh.Count && compare(fresh[f], item) < 0)
            {
                if (!Append(sorted, fresh[f++], compare, check: true))
                {
                    return null;
                }

                lastFresh = true;
            }

            if (!Append(sorted, item, compare, check: lastFresh || !previousStrict))
            {
                return null;
            }

            lastFresh = false;
        }

        while (f < fresh.Count)
        {
            if (!Append(sorted, fresh[f++], compare, check: true))
            {
                return null;
            }
        }

        return sorted;
    }

    /// <summary>Appends <paramref name="item"/>; with <paramref name="check"/>, false when it is not strictly after the last item.</summary>
    private static bool Append<T>(List<T> sorted, T item, Comparison<T> compare, bool check)
    {
        if (check && sorted.Count > 0 && compare(sorted[sorted.Count - 1], item) >= 0)
        {
            return false;
        }

        sorted.Add(item);
        return true;
    }
}
