using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>List helpers for the mergers' per-fact loops.</summary>
internal static class Lists
{
    /// <summary>
    /// Adds every item of <paramref name="items"/> to <paramref name="list"/>. For the few items one fact carries (often
    /// none), a loop of adds costs less than <c>AddRange</c>, which first casts the array to a collection interface.
    /// </summary>
    public static void AddAll<T>(this List<T> list, T[] items)
    {
        foreach (var item in items)
        {
            list.Add(item);
        }
    }

    /// <summary>The longest list <see cref="SortShort{T}"/> sorts by insertion.</summary>
    private const int ShortList = 16;

    /// <summary>
    /// Sorts <paramref name="list"/> by <paramref name="comparer"/>, a short one (the few names or evidence of most merged
    /// facts) by insertion: <c>List.Sort</c> wraps the comparer in a new delegate on every call. A long list already in
    /// order (evidence gathered document by document mostly is) costs one pass. Only for comparers under which equal
    /// items are the same value (insertion keeps equal items in order, <c>List.Sort</c> may not).
    /// </summary>
    public static void SortShort<T>(this List<T> list, IComparer<T> comparer)
    {
        if (list.Count > ShortList)
        {
            if (!InOrder(list, comparer))
            {
                list.Sort(comparer);
            }

            return;
        }

        for (var i = 1; i < list.Count; i++)
        {
            var item = list[i];
            var j = i - 1;
            while (j >= 0 && comparer.Compare(list[j], item) > 0)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = item;
        }
    }

    private static bool InOrder<T>(List<T> list, IComparer<T> comparer)
    {
        for (var k = 1; k < list.Count; k++)
        {
            if (comparer.Compare(list[k - 1], list[k]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
