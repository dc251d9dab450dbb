using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The sets of a <see cref="UnionFind"/> as groups, in the order <c>GroupBy(Find).OrderBy(root)</c> gives:
/// groups by ascending root (its smallest member), members ascending. Built with one counting pass, no LINQ.
/// </summary>
internal sealed class Groups
{
    private readonly int[] _members;
    private readonly int[] _start;

    public Groups(UnionFind sets, int count)
    {
        var root = new int[count];
        var size = new int[count];
        for (var i = 0; i < count; i++)
        {
            root[i] = sets.Find(i);
            size[root[i]]++;
        }

        // Roots are the smallest member of their set, so ascending roots are ascending group starts.
        var groupOf = new int[count];
        var groups = 0;
        for (var i = 0; i < count; i++)
        {
            if (root[i] == i)
            {
                groupOf[i] = groups++;
            }
        }

        _start = new int[groups + 1];
        for (var i = 0; i < count; i++)
        {
            if (root[i] == i)
            {
                _start[groupOf[i] + 1] = size[i];
            }
        }

        for (var g = 0; g < groups; g++)
        {
            _start[g + 1] += _start[g];
        }

        var fill = new int[groups];
        _members = new int[count];
        for (var i = 0; i < count; i++)
        {
            var g = groupOf[root[i]];
            _members[_start[g] + fill[g]++] = i;
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
