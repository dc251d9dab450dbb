using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The sets of a <see cref="UnionFind"/> as groups, in the order <c>GroupBy(Find).OrderBy(root)</c> gives:
/// groups by ascending root (its smallest member), members ascending. Built with counting passes, no LINQ.
/// </summary>
internal sealed class Groups
{
    private readonly int[] _members;
    private readonly int[] _start;

    public Groups(UnionFind sets, int count)
    {
        // Per root, its set's size, then the next free place of its group in Members.
        var root = new int[count];
        var place = new int[count];
        var groups = 0;
        for (var i = 0; i < count; i++)
        {
            root[i] = sets.Find(i);
            place[root[i]]++;
            groups += root[i] == i ? 1 : 0;
        }

        // Roots are the smallest member of their set, so ascending roots are ascending group starts.
        _start = new int[groups + 1];
        var g = 0;
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            if (root[i] == i)
            {
                _start[g++] = next;
                var size = place[i];
                place[i] = next;
                next += size;
            }
        }

        _start[groups] = count;
        _members = new int[count];
        for (var i = 0; i < count; i++)
        {
            _members[place[root[i]]++] = i;
        }

        Count = groups;
    }

    /// <summary>Number of groups.</summary>
    public int Count { get; }

    /// <summary>Index into <see cref="Members"/> where group <paramref name="group"/> starts.</summary>
    public int Start(int group) => _start[group];

    /// <summary>Number of members of group <paramref name="group"/>.</summary>
    public int Size(int group) => _start[group + 1] - _start[group];

    /// <summary>Every member, grouped.</summary>
    public int[] Members => _members;

    /// <summary>The items of group <paramref name="group"/>'s members, in group order (members are indexes into <paramref name="items"/>).</summary>
    public T[] ItemsOf<T>(int group, IReadOnlyList<T> items)
    {
        var start = _start[group];
        var own = new T[_start[group + 1] - start];
        for (var k = 0; k < own.Length; k++)
        {
            own[k] = items[_members[start + k]];
        }

        return own;
    }
}
