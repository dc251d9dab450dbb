using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Counts, for each value, how many files state it, and names the value most files state (ties to a
/// comparer's order): <see cref="Evidence.Majority{T}"/> without a set per value. Votes must arrive
/// file by file (documents are sorted by file), so a value's files are counted by change of file.
/// Reusable: <see cref="Clear"/> between elections.
/// </summary>
internal sealed class Ballot
{
    private readonly List<string> _values = new();
    private readonly List<string> _lastFile = new();
    private readonly List<int> _files = new();

    public void Clear()
    {
        _values.Clear();
        _lastFile.Clear();
        _files.Clear();
    }

    public void Add(string? value, string file)
    {
        if (value is null)
        {
            return;
        }

        for (var k = 0; k < _values.Count; k++)
        {
            if (_values[k] == value)
            {
                if (_lastFile[k] != file)
                {
                    _lastFile[k] = file;
                    _files[k]++;
                }

                return;
            }
        }

        _values.Add(value);
        _lastFile.Add(file);
        _files.Add(1);
    }

    /// <summary>The value most files state; ties go to <paramref name="tieBreak"/> order. Null when no vote was cast.</summary>
    public string? Winner(IComparer<string> tieBreak)
    {
        string? best = null;
        var bestFiles = 0;
        for (var k = 0; k < _values.Count; k++)
        {
            if (best is null || _files[k] > bestFiles || (_files[k] == bestFiles && tieBreak.Compare(_values[k], best) < 0))
            {
                best = _values[k];
                bestFiles = _files[k];
            }
        }

        return best;
    }
}
