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
    /// order, stable: the same order <see cref="Sorted{T}"/> gives with that comparison, reading a first evidence file only
    /// when two names are equal.
    /// </summary>
    /// <remarks>
    /// With a <paramref name="hint"/> (last run's order), the items last run also had keep last run's relative order, the
    /// few new ones are sorted and merged in, and one pass checks the result is sorted; only when it is not (two equal
    /// names whose tie-break flipped) is everything sorted again. Either way the result is the one full sort gives.
    /// </remarks>
    public static List<T> ByNameThenFirstFile<T>(List<T> items, Func<T, string> name, Func<T, EquatableArray<FactEvidence>> evidence, SortHint<T>? hint = null)
        where T : class
    {
        var compare = new NameComparer<T>(items, name, evidence);
        var order = hint?.Previous is { } previous ? FromPrevious(items, compare, previous) : null;
        if (order is null)
        {
            order = new int[items.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            SortByName(items, name, order, compare);
        }

        var sorted = new List<T>(order.Length);
        foreach (var i in order)
        {
            sorted.Add(items[i]);
        }

        hint?.Remember(sorted);
        return sorted;
    }

    /// <summary>
    /// Sorts <paramref name="order"/> (0..n-1) as <paramref name="compare"/> does: by each name's chars four at a time,
    /// packed in a number (a sort of plain numbers, no comparer calls), then each run still equal after
    /// <see cref="PackedChars"/> chars by <paramref name="compare"/>, which orders it by the whole name, first file and
    /// index. Packed chars order as the names do ordinally (a missing char packs as 0, below any char, as a shorter name
    /// sorts first), so this is the one order a sort by the total order <paramref name="compare"/> gives.
    /// </summary>
    private static void SortByName<T>(List<T> items, Func<T, string> name, int[] order, NameComparer<T> compare)
        where T : class
    {
        var names = new string[items.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = name(items[i]);
        }

        SortRun(names, order, new ulong[order.Length], 0, order.Length, 0, compare);
    }

    /// <summary>How many leading chars <see cref="SortByName"/> sorts by packed numbers before it calls the comparer.</summary>
    private const int PackedChars = 12;

    /// <summary>Sorts <c>order[start..end)</c>, whose names agree before char <paramref name="offset"/>.</summary>
    private static void SortRun<T>(string[] names, int[] order, ulong[] packed, int start, int end, int offset, NameComparer<T> compare)
    {
        for (var k = start; k < end; k++)
        {
            packed[k] = CharsPacked(names[order[k]], offset);
        }

        Array.Sort(packed, order, start, end - start);
        for (var runStart = start; runStart < end;)
        {
            var runEnd = runStart + 1;
            while (runEnd < end && packed[runEnd] == packed[runStart])
            {
                runEnd++;
            }

            // Names no longer than the packed chars are equal here: only the comparer's tie-breaks are left.
            if (runEnd - runStart > 1)
            {
                if (offset + 4 < PackedChars && names[order[runStart]].Length > offset + 4)
                {
                    SortRun(names, order, packed, runStart, runEnd, offset + 4, compare);
                }
                else
                {
                    Array.Sort(order, runStart, runEnd - runStart, compare);
                }
            }

            runStart = runEnd;
        }
    }

    /// <summary>Four chars of <paramref name="text"/> from <paramref name="offset"/>, 16 bits each, the first highest; missing chars are 0.</summary>
    internal static ulong CharsPacked(string text, int offset)
    {
        ulong packed = 0;
        for (var k = offset; k < offset + 4; k++)
        {
            packed = (packed << 16) | (k < text.Length ? text[k] : 0u);
        }

        return packed;
    }

    /// <summary>The sorted order built from last run's positions, or null when it turns out not sorted.</summary>
    private static int[]? FromPrevious<T>(List<T> items, NameComparer<T> compare, Dictionary<T, int> previous)
        where T : class
    {
        var slots = new int[previous.Count];
        for (var p = 0; p < slots.Length; p++)
        {
            slots[p] = -1;
        }

        var fresh = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (previous.TryGetValue(items[i], out var p) && p < slots.Length && slots[p] < 0)
            {
                slots[p] = i;
            }
            else
            {
                fresh.Add(i);
            }
        }

        fresh.Sort(compare);
        var order = new int[items.Count];
        var n = 0;
        var f = 0;
        foreach (var i in slots)
        {
            if (i < 0)
            {
                continue;
            }

            while (f < fresh.Count && compare.Compare(fresh[f], i) < 0)
            {
                order[n++] = fresh[f++];
            }

            order[n++] = i;
        }

        while (f < fresh.Count)
        {
            order[n++] = fresh[f++];
        }

        for (var k = 1; k < order.Length; k++)
        {
            if (compare.Compare(order[k - 1], order[k]) >= 0)
            {
                return null;
            }
        }

        return order;
    }

    /// <summary>
    /// Compares item indices by name, then first evidence file, then index; the file is read only when two names are
    /// equal, which is rare.
    /// </summary>
    private sealed class NameComparer<T> : IComparer<int>
    {
        private readonly List<T> _items;
        private readonly Func<T, string> _name;
        private readonly Func<T, EquatableArray<FactEvidence>> _evidence;

        public NameComparer(List<T> items, Func<T, string> name, Func<T, EquatableArray<FactEvidence>> evidence)
        {
            _items = items;
            _name = name;
            _evidence = evidence;
        }

        public int Compare(int x, int y)
        {
            var c = string.CompareOrdinal(_name(_items[x]), _name(_items[y]));
            if (c == 0 && x != y)
            {
                c = string.CompareOrdinal(FirstFile(x), FirstFile(y));
            }

            return c != 0 ? c : x.CompareTo(y);
        }

        private string FirstFile(int i)
        {
            var evidence = _evidence(_items[i]);
            return evidence.Count == 0 ? string.Empty : evidence[0].File;
        }
    }
}

/// <summary>Last run's sorted positions of the items, by object, for <see cref="StableSort.ByNameThenFirstFile{T}"/>.</summary>
internal sealed class SortHint<T>
    where T : class
{
    public Dictionary<T, int>? Previous { get; private set; }

    /// <summary>Set by <see cref="HintedSort"/>: last run's order had no two items comparing equal.</summary>
    public bool Strict { get; set; }

    /// <summary>Remembers <paramref name="sorted"/>'s positions, in last run's table when there is one.</summary>
    public void Remember(List<T> sorted)
    {
        var positions = Previous ?? new Dictionary<T, int>(sorted.Count, ReferenceComparer<T>.Instance);
        positions.Clear();
        for (var k = 0; k < sorted.Count; k++)
        {
            positions[sorted[k]] = k;
        }

        Previous = positions;
    }
}
