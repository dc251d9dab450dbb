using System;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Numbers distinct words, each the first time it is seen, looked up as a slice of a longer string so no
/// word is cut out: a small open-addressing table (netstandard2.0 has no span-keyed dictionary).
/// </summary>
internal sealed class WordIds
{
    private string[] _text;
    private int[] _start;
    private int[] _length;
    private int[] _hash;
    private int[] _slots;

    /// <summary>A table sized for about <paramref name="capacity"/> words; it grows past that.</summary>
    public WordIds(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _text = new string[capacity];
        _start = new int[capacity];
        _length = new int[capacity];
        _hash = new int[capacity];
        var slots = 32;
        while (slots < capacity * 2)
        {
            slots *= 2;
        }

        _slots = new int[slots];
    }

    /// <summary>How many distinct words have an id.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>]; a new word gets the next id.</summary>
    public int IdOf(string text, int start, int length) => IdOf(text, start, length, Hash(text, start, length));

    /// <summary>
    /// <see cref="IdOf(string, int, int)"/> given the slice's <see cref="Hash"/>, for a caller that computes it while
    /// finding where the word ends.
    /// </summary>
    public int IdOf(string text, int start, int length, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (_hash[id] == hash && _length[id] == length
                && string.CompareOrdinal(_text[id], _start[id], text, start, length) == 0)
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        if (Count == _text.Length)
        {
            Array.Resize(ref _text, Count * 2);
            Array.Resize(ref _start, Count * 2);
            Array.Resize(ref _length, Count * 2);
            Array.Resize(ref _hash, Count * 2);
        }

        var added = Count++;
        _text[added] = text;
        _start[added] = start;
        _length[added] = length;
        _hash[added] = hash;
        _slots[slot] = added + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return added;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hash[id] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id + 1;
        }
    }

    /// <summary>The hash <see cref="IdOf(string, int, int)"/> uses: FNV-1a over the chars, made non-negative.</summary>
    public static int Hash(string text, int start, int length)
    {
        var hash = HashStart;
        for (var i = start; i < start + length; i++)
        {
            hash = HashStep(hash, text[i]);
        }

        return HashEnd(hash);
    }

    /// <summary>The start of <see cref="Hash"/>, before any char.</summary>
    public const int HashStart = unchecked((int)2166136261);

    /// <summary>One char of <see cref="Hash"/>.</summary>
    public static int HashStep(int hash, char c) => unchecked((hash ^ c) * 16777619);

    /// <summary>The end of <see cref="Hash"/>.</summary>
    public static int HashEnd(int hash) => hash & int.MaxValue;
}
