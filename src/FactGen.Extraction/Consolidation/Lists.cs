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
}
