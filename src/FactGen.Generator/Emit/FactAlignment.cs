using System.Collections.Generic;

namespace FactGen.Generator.Emit;

/// <summary>
/// Lines up this run's items with the last run's by reference: the plan's facts (consolidation hands over the very same
/// objects for facts an edit did not touch, in the same relative order), and likewise the collected articles
/// (<see cref="OrderedInputs{T}"/>) and the diagnostics (<see cref="DiagnosticPlacer"/>). Only the two arrays of
/// references are read, never the items themselves, so lining up thousands costs next to nothing however cold they are in memory.
/// </summary>
internal static class FactAlignment
{
    /// <summary>How far ahead a run of inserted or removed facts is looked for before a fact counts as replaced.</summary>
    private const int Lookahead = 16;

    /// <summary>
    /// For each fact of <paramref name="next"/>, the index of the same object in <paramref name="previous"/>, or -1.
    /// Matches never cross (they keep both orders), so facts that are matched keep their relative order.
    /// </summary>
    public static int[] Match<T>(T[] previous, T[] next)
        where T : class
    {
        var matches = new int[next.Length];
        int i = 0, j = 0;
        while (i < next.Length)
        {
            if (j < previous.Length && ReferenceEquals(next[i], previous[j]))
            {
                matches[i++] = j++;
                continue;
            }

            if (j >= previous.Length)
            {
                matches[i++] = -1;
                continue;
            }

            var skip = Resync(previous, next, i, j);
            for (var k = 0; k < skip.Next; k++)
            {
                matches[i + k] = -1;
            }

            i += skip.Next;
            j += skip.Previous;
        }

        return matches;
    }

    /// <summary>The indexes of the last plan's facts (<paramref name="previousLength"/> of them) that no fact of this plan matched: facts gone or changed.</summary>
    public static List<int> Unmatched(int previousLength, int[] matches)
    {
        var matched = new bool[previousLength];
        foreach (var j in matches)
        {
            if (j >= 0)
            {
                matched[j] = true;
            }
        }

        var unmatched = new List<int>();
        for (var j = 0; j < previousLength; j++)
        {
            if (!matched[j])
            {
                unmatched.Add(j);
            }
        }

        return unmatched;
    }

    /// <summary>
    /// How many facts to skip on each side to meet again: the shortest run of inserted facts (skip next only), removed
    /// facts (skip previous only) or replaced facts (skip both) within the lookahead; one replaced fact when none is found.
    /// </summary>
    private static (int Next, int Previous) Resync<T>(T[] previous, T[] next, int i, int j)
        where T : class
    {
        for (var d = 1; d <= Lookahead; d++)
        {
            if (j + d < previous.Length && ReferenceEquals(next[i], previous[j + d]))
            {
                return (0, d);
            }

            if (i + d < next.Length && ReferenceEquals(next[i + d], previous[j]))
            {
                return (d, 0);
            }

            if (i + d < next.Length && j + d < previous.Length && ReferenceEquals(next[i + d], previous[j + d]))
            {
                return (d, d);
            }
        }

        return (1, 1);
    }
}
