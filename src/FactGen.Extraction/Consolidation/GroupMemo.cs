using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The merged result of each group of the last run, found again when a group has exactly the same members: the
/// same fact objects, in the same order, each with the same context (its file, a quotation's speaker, its document
/// object: whatever else the merge reads). Then merging them again would give the same result. Only the groups of
/// the latest run are kept.
/// </summary>
internal sealed class GroupMemo<TFact, TResult>
    where TFact : class
{
    private Dictionary<TFact, Entry> _previous = new(ReferenceComparer<TFact>.Instance);
    private Dictionary<TFact, Entry> _current = new(ReferenceComparer<TFact>.Instance);

    /// <summary>Last run's result for the group <c>members[start..end)</c>, if it had the very same members and contexts.</summary>
    /// <param name="facts">Every fact, by item.</param>
    /// <param name="context">Per item, what else the merge reads (strings compare by value, other objects by identity).</param>
    /// <param name="more">Per item, a second context, or null.</param>
    /// <param name="members">Items, grouped.</param>
    /// <param name="start">The group's first position in <paramref name="members"/>.</param>
    /// <param name="end">One past its last.</param>
    /// <param name="result">Last run's result.</param>
    public bool TryGet(TFact[] facts, object?[] context, object?[]? more, int[] members, int start, int end, out TResult result)
    {
        if (_previous.TryGetValue(facts[members[start]], out var entry) && entry.Matches(facts, context, more, members, start, end))
        {
            _current[facts[members[start]]] = entry;
            result = entry.Result;
            return true;
        }

        result = default!;
        return false;
    }

    /// <summary>Remembers the result of the group <c>members[start..end)</c> for the next run.</summary>
    public void Add(TFact[] facts, object?[] context, object?[]? more, int[] members, int start, int end, TResult result)
    {
        var size = end - start;
        var own = new TFact[size];
        var ownContext = new object?[size];
        var ownMore = more is null ? null : new object?[size];
        for (var k = 0; k < size; k++)
        {
            own[k] = facts[members[start + k]];
            ownContext[k] = context[members[start + k]];
            if (ownMore is not null)
            {
                ownMore[k] = more![members[start + k]];
            }
        }

        _current[own[0]] = new Entry(own, ownContext, ownMore, result);
    }

    /// <summary>Ends a run: its groups become the ones the next run looks up (the two tables swap, so none is reallocated).</summary>
    public void EndRun()
    {
        var done = _previous;
        _previous = _current;
        done.Clear();
        _current = done;
    }

    private static bool Same(object? a, object? b) => ReferenceEquals(a, b) || (a is string x && b is string y && x == y);

    private sealed class Entry
    {
        private readonly TFact[] _members;
        private readonly object?[] _context;
        private readonly object?[]? _more;

        public Entry(TFact[] members, object?[] context, object?[]? more, TResult result)
        {
            _members = members;
            _context = context;
            _more = more;
            Result = result;
        }

        public TResult Result { get; }

        public bool Matches(TFact[] facts, object?[] context, object?[]? more, int[] members, int start, int end)
        {
            if (_members.Length != end - start || (_more is null) != (more is null))
            {
                return false;
            }

            for (var k = 0; k < _members.Length; k++)
            {
                var m = members[start + k];
                if (!ReferenceEquals(_members[k], facts[m]) || !Same(_context[k], context[m]) || (_more is not null && !Same(_more[k], more![m])))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
