using System.Collections.Generic;

namespace FactGen.Extraction.People;

/// <summary>
/// A fixed word list (names of companies, outlets, places) that answers for a slice of the article
/// text ("Bank of England" at offset 120) without cutting the slice out as a string. Exact, ordinal matches.
/// </summary>
/// <typeparam name="TValue">What each entry maps to.</typeparam>
internal sealed class PhraseMap<TValue>
    where TValue : class
{
    private readonly string?[] _keys;
    private readonly TValue?[] _values;
    private readonly int[] _hashes;

    public PhraseMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var list = new List<KeyValuePair<string, TValue>>(entries);
        var size = 16;
        while (size < list.Count * 2)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _values = new TValue?[size];
        _hashes = new int[size];
        foreach (var entry in list)
        {
            var hash = Hash(entry.Key, 0, entry.Key.Length);
            var i = hash & (size - 1);
            while (_keys[i] is not null)
            {
                i = (i + 1) & (size - 1);
            }

            _keys[i] = entry.Key;
            _values[i] = entry.Value;
            _hashes[i] = hash;
        }
    }

    /// <summary>The value of the entry spelled by the slice, or null.</summary>
    public TValue? Get(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = _keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var key = _keys[i];
            if (key is null)
            {
                return null;
            }

            if (_hashes[i] == hash && key.Length == length && string.CompareOrdinal(key, 0, text, start, length) == 0)
            {
                return _values[i];
            }
        }
    }

    private static int Hash(string text, int start, int length)
    {
        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return hash & int.MaxValue;
    }
}
