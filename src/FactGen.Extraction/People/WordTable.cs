using System;

namespace FactGen.Extraction.People;

/// <summary>
/// The words seen on this thread, keyed by their characters so a token finds its <see cref="WordInfo"/>
/// straight from the article text without cutting a string out of it. One table per thread (the
/// recognisers run one article per thread), emptied when it grows past a bound so memory stays flat.
/// </summary>
internal sealed class WordTable
{
    private const int MaxWords = 1 << 16;

    [ThreadStatic]
    private static WordTable? _current;

    private WordInfo?[] _slots = new WordInfo?[1 << 12];

    // Each slot's hash, so a probe that misses does not have to visit the word.
    private int[] _hashes = new int[1 << 12];
    private int _count;

    // Single ASCII characters (punctuation, initials) by code, found without hashing.
    private readonly WordInfo?[] _ascii = new WordInfo?[128];

    /// <summary>Counts the times a table was emptied, so a context can tell whether its words are still here.</summary>
    public int Generation { get; private set; }

    /// <summary>This thread's table.</summary>
    public static WordTable Current => _current ??= new WordTable();

    /// <summary>Empties the table when it holds too many words; called between articles only.</summary>
    public void TrimIfFull()
    {
        if (_count >= MaxWords)
        {
            _slots = new WordInfo?[1 << 12];
            _hashes = new int[1 << 12];
            System.Array.Clear(_ascii, 0, _ascii.Length);
            _count = 0;
            Generation++;
        }
    }

    /// <summary>The word spelled by <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public WordInfo Get(string text, int start, int length)
    {
        if (length == 1 && text[start] < 128)
        {
            return _ascii[text[start]] ??= Lookup(text, start, length);
        }

        return Lookup(text, start, length);
    }

    private WordInfo Lookup(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            if (_hashes[i] == hash && _slots[i] is { } slot && SameText(slot.Text, text, start, length))
            {
                return slot;
            }

            if (_slots[i] is null)
            {
                return Add(text.Substring(start, length), hash);
            }
        }
    }

    private static bool SameText(string word, string text, int start, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (word[i] != text[start + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word <paramref name="word"/>.</summary>
    public WordInfo Get(string word) => Get(word, 0, word.Length);

    private WordInfo Add(string word, int hash)
    {
        var lowered = word.ToLowerInvariant();
        var lower = string.Equals(lowered, word, StringComparison.Ordinal) ? null : Get(lowered);
        var info = new WordInfo(word, hash, lower);
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (_slots[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = info;
        _hashes[i] = hash;
        _count++;
        return info;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new WordInfo?[old.Length * 2];
        _hashes = new int[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var info in old)
        {
            if (info is null)
            {
                continue;
            }

            var i = info.Hash & mask;
            while (_slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = info;
            _hashes[i] = info.Hash;
        }
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over the characters, kept non-negative for masking.
        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return hash & int.MaxValue;
    }
}
