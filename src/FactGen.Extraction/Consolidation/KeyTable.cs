using System;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Numbers the distinct <see cref="TextKeys.Key"/>s of names, each made into a string once: a name whose key was seen
/// before costs its normalisation and one look-up, no string and no second (Marvin) hash in a dictionary. One-shot
/// merging meets most names many times ("Tony Blair" in hundreds of articles).
/// </summary>
internal sealed class KeyTable
{
    private string[] _keys;
    private int[] _hash;
    private int[] _slots;

    /// <summary>A table sized for about <paramref name="capacity"/> keys; it grows past that.</summary>
    public KeyTable(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _keys = new string[capacity];
        _hash = new int[capacity];
        var slots = 32;
        while (slots < capacity * 2)
        {
            slots *= 2;
        }

        _slots = new int[slots];
    }

    /// <summary>How many distinct keys have an id.</summary>
    public int Count { get; private set; }

    /// <summary>The key with id <paramref name="id"/>.</summary>
    public string this[int id] => _keys[id];

    /// <summary>The id of <paramref name="text"/>'s key; a new key gets the next id.</summary>
    public int IdOf(string text)
    {
        var length = TextKeys.Normalize(text, out var buffer);
        var hash = Hash(buffer, length);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (_hash[id] == hash && _keys[id].Length == length && TextKeys.SameChars(_keys[id], buffer, length))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _hash, Count * 2);
        }

        var added = Count++;
        _keys[added] = length == text.Length && TextKeys.SameChars(text, buffer, length) ? text : new string(buffer, 0, length);
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

    private static int Hash(char[] buffer, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = 0; i < length; i++)
            {
                hash = (hash ^ buffer[i]) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }
}
