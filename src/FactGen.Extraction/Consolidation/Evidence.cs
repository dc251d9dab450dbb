using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>Orders and merges evidence (by file, ordinal, then line and column), and the values merged facts carry.</summary>
internal static class Evidence
{
    /// <summary>By file (ordinal), line, column, length, then sentence: every field, so equal means the same evidence.</summary>
    public static readonly IComparer<FactEvidence> Order = new EvidenceOrder();

    /// <summary>All evidence of the given facts, sorted, duplicates removed.</summary>
    public static EquatableArray<FactEvidence> Merge(IEnumerable<EquatableArray<FactEvidence>> lists)
    {
        var all = new List<FactEvidence>();
        foreach (var list in lists)
        {
            all.AddAll(list.AsArray());
        }

        return SortDistinct(all);
    }

    /// <summary>The evidence of one fact, sorted, duplicates removed; an already sorted list is reused as it is.</summary>
    public static EquatableArray<FactEvidence> Merge(EquatableArray<FactEvidence> list)
    {
        var items = list.AsArray();
        for (var i = 1; i < items.Length; i++)
        {
            if (Order.Compare(items[i - 1], items[i]) >= 0)
            {
                var copy = new List<FactEvidence>(items);
                return SortDistinct(copy);
            }
        }

        return new EquatableArray<FactEvidence>(items);
    }

    /// <summary>
    /// The merged evidence of the facts <c>members[start..end)</c> of one group; <paramref name="scratch"/> is a
    /// reusable buffer. A single fact's evidence is reused when already sorted.
    /// </summary>
    public static EquatableArray<FactEvidence> OfGroup<T>(
        T[] facts, int[] members, int start, int end, Func<T, EquatableArray<FactEvidence>> evidenceOf, List<FactEvidence> scratch)
    {
        if (end - start == 1)
        {
            return Merge(evidenceOf(facts[members[start]]));
        }

        scratch.Clear();
        for (var k = start; k < end; k++)
        {
            scratch.AddAll(evidenceOf(facts[members[k]]).AsArray());
        }

        return SortDistinct(scratch);
    }

    /// <summary>Sorts <paramref name="all"/> in place and returns it distinct.</summary>
    public static EquatableArray<FactEvidence> SortDistinct(List<FactEvidence> all)
    {
        // Order compares every field, so neighbours it calls equal are the same evidence.
        all.SortShort(Order);
        var distinct = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (distinct == 0 || Order.Compare(all[distinct - 1], all[i]) != 0)
            {
                all[distinct++] = all[i];
            }
        }

        var result = new FactEvidence[distinct];
        all.CopyTo(0, result, 0, distinct);
        return new EquatableArray<FactEvidence>(result);
    }

    /// <summary><paramref name="names"/> without <paramref name="canonical"/>, ordinal and distinct; <paramref name="names"/> is reordered and shortened.</summary>
    public static EquatableArray<string> OtherNames(List<string> names, string canonical)
    {
        // The canonical name is dropped first: in a large group most names are it, and what is left to sort is short.
        var others = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] != canonical)
            {
                names[others++] = names[i];
            }
        }

        names.RemoveRange(others, names.Count - others);
        names.SortShort(StringComparer.Ordinal);
        var kept = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (kept == 0 || names[kept - 1] != names[i])
            {
                names[kept++] = names[i];
            }
        }

        if (kept == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var result = new string[kept];
        names.CopyTo(0, result, 0, kept);
        return new EquatableArray<string>(result);
    }

    /// <summary>The value most documents state; ties go to <paramref name="tieBreak"/> order. Null when there is none.</summary>
    /// <remarks>
    /// Values compare by their own equality and files ordinally; among values tied on both, the first stated wins. The
    /// handful of values and files of one merged fact are counted in lists, not a dictionary of sets.
    /// </remarks>
    public static T? Majority<T>(IEnumerable<(T? Value, string File)> votes, IComparer<T> tieBreak)
        where T : class
    {
        var values = new List<T>();
        var files = new List<List<string>>();
        var comparer = EqualityComparer<T>.Default;
        foreach (var (value, file) in votes)
        {
            if (value is null)
            {
                continue;
            }

            var k = 0;
            while (k < values.Count && !comparer.Equals(values[k], value))
            {
                k++;
            }

            if (k == values.Count)
            {
                values.Add(value);
                files.Add(new List<string> { file });
            }
            else if (!files[k].Contains(file))
            {
                files[k].Add(file);
            }
        }

        var best = -1;
        for (var k = 0; k < values.Count; k++)
        {
            if (best < 0 || files[k].Count > files[best].Count || (files[k].Count == files[best].Count && tieBreak.Compare(values[k], values[best]) < 0))
            {
                best = k;
            }
        }

        return best < 0 ? null : values[best];
    }

    /// <summary>
    /// <see cref="Order"/> as a sealed class: sorts call it directly, not through the delegate
    /// <c>Comparer.Create</c> wraps (a sort of merged evidence makes many calls).
    /// </summary>
    private sealed class EvidenceOrder : IComparer<FactEvidence>
    {
        public int Compare(FactEvidence? a, FactEvidence? b)
        {
            if (ReferenceEquals(a, b))
            {
                return 0;
            }

            if (a is null || b is null)
            {
                return a is null ? -1 : 1;
            }

            var c = string.CompareOrdinal(a.File, b.File);
            if (c == 0)
            {
                c = a.Line.CompareTo(b.Line);
            }

            if (c == 0)
            {
                c = a.Column.CompareTo(b.Column);
            }

            if (c == 0)
            {
                c = a.Length.CompareTo(b.Length);
            }

            return c != 0 ? c : FactEvidence.CompareSentences(a, b);
        }
    }
}
