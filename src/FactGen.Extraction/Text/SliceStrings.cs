using System;

namespace FactGen.Extraction.Text;

/// <summary>
/// The strings cut out of article text for names ("Tony Blair", "Bank of England"), one instance per spelling
/// on each thread: a name written again, in this article or a later one, gets the string made the first time
/// instead of a new copy. Emptied when it holds too many, so memory stays bounded.
/// </summary>
internal sealed class SliceStrings
{
    private const int MaxStrings = 1 << 15;

    [ThreadStatic]
    private static SliceStrings? _current;

    // Open addressing with linear probing: a slot's string (null when empty) and its hash.
    private string?[] _strings = new string?[1 << 10];
    private int[] _hashes = new int[1 << 10];
    private int _count;

    /// <summary>This thread's cache.</summary>
    public static SliceStrings Current => _current ??= new SliceStrings();

    /// <summary><c>text.Substring(start, length)</c>, the same instance every time the same characters are asked for.</summary>
    public string Get(string text, int start, int length)
    {
        var hash = WordHash.Of(text, start, length);
        var mask = _strings.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var known = _strings[i];
            if (known is null)
            {
                return Add(text.Substring(start, length), hash);
            }

            if (_hashes[i] == hash && known.Length == length && string.CompareOrdinal(known, 0, text, start, length) == 0)
            {
                return known;
            }
        }
    }

    private string Add(string value, int hash)
    {
        if ((_count + 1) * 2 > _strings.Length)
        {
            if (_count >= MaxStrings)
            {
                // Full: start again rather than grow without bound.
                _strings = new string?[_strings.Length];
                _hashes = new int[_hashes.Length];
                _count = 0;
            }
            else
            {
                Grow();
            }
        }

        Place(_strings, _hashes, value, hash);
        _count++;
        return value;
    }

    private void Grow()
    {
        var strings = new string?[_strings.Length * 2];
        var hashes = new int[strings.Length];
        for (var i = 0; i < _strings.Length; i++)
        {
            if (_strings[i] is { } value)
            {
                Place(strings, hashes, value, _hashes[i]);
            }
        }

        _strings = strings;
        _hashes = hashes;
    }

    private static void Place(string?[] strings, int[] hashes, string value, int hash)
    {
        var mask = strings.Length - 1;
        var i = hash & mask;
        while (strings[i] is not null)
        {
            i = (i + 1) & mask;
        }

        strings[i] = value;
        hashes[i] = hash;
    }
}
