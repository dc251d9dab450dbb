using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>What the people and organization mergers do alike: joining by remembered name keys, recording each item's group.</summary>
internal static class NameJoins
{
    /// <summary>
    /// With a memo: joins items with equal name keys (the first of each key kept in <paramref name="byName"/>), and each to
    /// the first item of another article whose name key one of its alias keys is (two items one article kept apart stay
    /// apart). With <paramref name="multiWordOnly"/> (people), one-word keys join neither way: a one-word name needs
    /// evidence (see <see cref="PeopleMerger.JoinSingleWordNames"/>). Null alias keys are skipped.
    /// </summary>
    public static void ByName(string[] files, string[] keys, string?[][] aliasKeys, Dictionary<string, int> byName, UnionFind sets, bool multiWordOnly)
    {
        byName.Clear();
        for (var i = 0; i < keys.Length; i++)
        {
            if (multiWordOnly && keys[i].IndexOf(' ') < 0)
            {
                continue;
            }

            if (byName.TryGetValue(keys[i], out var first))
            {
                sets.Union(first, i);
            }
            else
            {
                byName[keys[i]] = i;
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var key in aliasKeys[i])
            {
                if (key is null || (multiWordOnly && key.IndexOf(' ') <= 0))
                {
                    continue;
                }

                if (byName.TryGetValue(key, out var other) && files[other] != files[i])
                {
                    sets.Union(i, other);
                }
            }
        }
    }

    /// <summary>Gives the members <c>members[start..end)</c> of group <paramref name="group"/> its merged name.</summary>
    public static void Record(string name, long group, int[] members, int start, int end, string[] canonicalOf, long[] groupOf)
    {
        for (var k = start; k < end; k++)
        {
            canonicalOf[members[k]] = name;
            groupOf[members[k]] = group;
        }
    }
}
