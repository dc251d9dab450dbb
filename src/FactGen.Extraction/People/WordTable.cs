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

    // Open addressing with linear probing; a slot keeps the word's hash next to it, so a probe that
    // misses stays in the slot array (the table is large and mostly out of cache).
    private Slot[] _slots = new Slot[1 << 12];
    private int _count;

    // Single ASCII characters (punctuation, initials) by code, found without hashing.
    private readonly WordInfo?[] _ascii = new WordInfo?[128];

    // Every word by its id (order of first sight, so frequent words sit together at the front). Replaced,
    // never overwritten, when it grows or the table is emptied: a context keeps the array its ids index.
    private WordInfo[] _byId = new WordInfo[1 << 12];

    /// <summary>Counts the times a table was emptied, so a context can tell whether its words are still here.</summary>
    public int Generation { get; private set; }

    /// <summary>This thread's table.</summary>
    public static WordTable Current => _current ??= new WordTable();

    /// <summary>Empties the table when it holds too many words; called between articles only.</summary>
    public void TrimIfFull()
    {
        if (_count >= MaxWords)
        {
            _slots = new Slot[1 << 12];
            _byId = new WordInfo[1 << 12];
            System.Array.Clear(_ascii, 0, _ascii.Length);
            _count = 0;
            Generation++;
        }
    }

    /// <summary>
    /// The words by <see cref="WordInfo.Id"/>: every word added so far. The array is never changed in place
    /// once a later word needs more room or the table is emptied, so a caller may keep it for the ids it read.
    /// </summary>
    public WordInfo[] Words => _byId;

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
            var slot = _slots[i].Word;
            if (slot is null)
            {
                return Add(text.Substring(start, length), hash);
            }

            if (_slots[i].Hash == hash && SameText(slot.Text, text, start, length))
            {
                return slot;
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
        var info = new WordInfo(word, hash, _count, lower);
        if ((_count + 1) * 4 > _slots.Length * 3)
        {
            Grow();
        }

        if (_count == _byId.Length)
        {
            var longer = new WordInfo[_byId.Length * 2];
            System.Array.Copy(_byId, longer, _count);
            _byId = longer;
        }

        Place(_slots, info);
        _byId[_count] = info;
        _count++;
        return info;
    }

    private void Grow()
    {
        var grown = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Word is { } word)
            {
                Place(grown, word);
            }
        }

        _slots = grown;
    }

    private static void Place(Slot[] slots, WordInfo word)
    {
        var mask = slots.Length - 1;
        var i = word.Hash & mask;
        while (slots[i].Word is not null)
        {
            i = (i + 1) & mask;
        }

        slots[i] = new Slot(word.Hash, word);
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

    private readonly struct Slot
    {
        public Slot(int hash, WordInfo word)
        {
            Hash = hash;
            Word = word;
        }

        public int Hash { get; }

        public WordInfo? Word { get; }
    }
}
