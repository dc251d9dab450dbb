using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Last run's output after an edit that replaced some groups with new ones: the kept groups stay in last run's order, and
/// each new group goes in before the kept group at its place. Kept facts are copied from last run's output in runs, one
/// bulk copy between changes rather than a checked store each (a store into a shared-generic array reads every object's
/// type: a cache miss per fact).
/// </summary>
internal sealed class OutputSplice
{
    private readonly List<(int From, int To, int Length)> _runs = new();

    /// <param name="order">Last run's groups, in output order.</param>
    /// <param name="dead">Per group id, whether the edit replaced the group.</param>
    /// <param name="places">Per new group, in output order, the position in <paramref name="order"/> it goes before.</param>
    /// <param name="firstNewId">The id of the first new group; the others follow.</param>
    public OutputSplice(List<int> order, bool[] dead, int[] places, int firstNewId)
    {
        var kept = order.Count;
        Order = new List<int>(kept + places.Length);
        AddedAt = new int[places.Length];
        var n = 0;
        var next = 0;
        var runStart = 0;
        for (var p = 0; p <= kept; p++)
        {
            var insert = next < places.Length && places[next] == p;
            var gone = p < kept && dead[order[p]];
            if (insert || gone || p == kept)
            {
                _runs.Add((runStart, n, p - runStart));
                n += p - runStart;
                for (; next < places.Length && places[next] == p; next++)
                {
                    Order.Add(firstNewId + next);
                    AddedAt[next] = n++;
                }

                runStart = gone ? p + 1 : p;
            }

            if (p < kept && !gone)
            {
                Order.Add(order[p]);
            }
        }
    }

    /// <summary>The groups in the new output order.</summary>
    public List<int> Order { get; }

    /// <summary>Per new group, its position in the new output.</summary>
    public int[] AddedAt { get; }

    /// <summary>Copies the kept groups' entries of <paramref name="previous"/> (last run's, in output order) to their places in <paramref name="output"/>.</summary>
    public void CopyKept<T>(T[] previous, T[] output)
    {
        foreach (var (from, to, length) in _runs)
        {
            Array.Copy(previous, from, output, to, length);
        }
    }
}
