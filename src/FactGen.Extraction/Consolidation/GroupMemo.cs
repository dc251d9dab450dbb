using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The merged result of each group of the last run, found again when a group has exactly the same members
/// (the same fact objects with the same context string — their file, or a quote's speaker — in the same order):
/// then merging them again would give the same result. Only the groups of the latest run are kept.
/// </summary>
internal sealed class GroupMemo<TFact, TResult>
    where TFact : class
{
    private Dictionary<TFact, Entry> _previous = new(ReferenceComparer<TFact>.Instance);
    private Dictionary<TFact, Entry> _current = new(ReferenceComparer<TFact>.Instance);

    /// <summary>Last run's result for the group <c>members[start..end)</c>, if it had the very same members.</summary>
    public bool TryGet(TFact[] facts, string?[] files, int[] members, int start, int end, out TResult result)
    {
        if (_previous.TryGetValue(facts[members[start]], out var entry) && entry.Matches(facts, files, members, start, end))
        {
            _current[facts[members[start]]] = entry;
            result = entry.Result;
            return true;
        }

        result = default!;
        return false;
    }

    /// <summary>Remembers the result of the group <c>members[start..end)</c> for the next run.</summary>
    public void Add(TFact[] facts, string?[] files, int[] members, int start, int end, TResult result)
    {
        var size = end - start;
        var own = new TFact[size];
        var ownFiles = new string?[size];
        for (var k = 0; k < size; k++)
        {
            own[k] = facts[members[start + k]];
            ownFiles[k] = files[members[start + k]];
        }

        _current[own[0]] = new Entry(own, ownFiles, result);
    }

    /// <summary>Ends a run: its groups become the ones the next run looks up.</summary>
    public void EndRun()
    {
        _previous = _current;
        _current = new Dictionary<TFact, Entry>(ReferenceComparer<TFact>.Instance);
    }

    private sealed class Entry
    {
        private readonly TFact[] _members;
        private readonly string?[] _files;

        public Entry(TFact[] members, string?[] files, TResult result)
        {
            _members = members;
            _files = files;
            Result = result;
        }

        public TResult Result { get; }

        public bool Matches(TFact[] facts, string?[] files, int[] members, int start, int end)
        {
            if (_members.Length != end - start)
            {
                return false;
            }

            for (var k = 0; k < _members.Length; k++)
            {
                if (!ReferenceEquals(_members[k], facts[members[start + k]]) || _files[k] != files[members[start + k]])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
