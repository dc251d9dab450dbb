using System;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Numbers the distinct <see cref="TextKeys.Key"/>s of names, each made into a string once: a name whose key was seen
/// before costs its normalisation and one look-up, no string and no second (Marvin) hash in a dictionary. One-shot
/// merging meets most names many times ("Tony Blair" in hundreds of articles).
/// </summary>
internal sealed class KeyTable
{
    private readonly IdSlots _ids;
    private string[] _keys;

    /// <summary>The key being looked up (a buffer of the table's own: no per-thread one fetched per look-up).</summary>
    private char[] _buffer = new char[64];

    /// <summary>A table sized for about <paramref name="capacity"/> keys; it grows past that.</summary>
    public KeyTable(int capacity)
    {
        _ids = new IdSlots(capacity);
        _keys = new string[_ids.Capacity];
    }

    /// <summary>How many distinct keys have an id.</summary>
    public int Count => _ids.Count;

    /// <summary>The key with id <paramref name="id"/>.</summary>
    public string this[int id] => _keys[id];

    /// <summary>The id of <paramref name="text"/>'s key; a new key gets the next id.</summary>
    public int IdOf(string text)
    {
        var buffer = BufferFor(text);
        var length = TextKeys.Normalize(text, buffer);
        var hash = Hash(buffer, length);
        var slot = Find(buffer, length, hash, out var found);
        if (found >= 0)
        {
            return found;
        }

        var added = _ids.Add(slot, hash);
        if (added == _keys.Length)
        {
            Array.Resize(ref _keys, _ids.Capacity);
        }

        _keys[added] = length == text.Length && TextKeys.SameChars(text, buffer, length) ? text : new string(buffer, 0, length);
        return added;
    }

    /// <summary>The id of <paramref name="text"/>'s key, or -1 when it has none: a look-up that adds no key (and makes no string).</summary>
    public int Find(string text)
    {
        var buffer = BufferFor(text);
        var length = TextKeys.Normalize(text, buffer);
        Find(buffer, length, Hash(buffer, length), out var found);
        return found;
    }

    /// <summary>Looks the key <paramref name="buffer"/>[0..<paramref name="length"/>) up: its id in <paramref name="found"/>
    /// (-1 when absent), and the slot the look-up ended at.</summary>
    private int Find(char[] buffer, int length, int hash, out int found)
    {
        var slot = _ids.First(hash);
        for (var id = _ids.IdAt(slot); id >= 0; slot = _ids.Next(slot), id = _ids.IdAt(slot))
        {
            if (_ids.HashAt(slot) == hash && _keys[id].Length == length && TextKeys.SameChars(_keys[id], buffer, length))
            {
                found = id;
                return slot;
            }
        }

        found = -1;
        return slot;
    }

    private char[] BufferFor(string text)
    {
        if (_buffer.Length < text.Length)
        {
            _buffer = new char[Math.Max(text.Length, _buffer.Length * 2)];
        }

        return _buffer;
    }

    /// <summary>The words' hash (<see cref="WordIds.Hash"/>), over the normalised buffer.</summary>
    private static int Hash(char[] buffer, int length)
    {
        var hash = WordIds.HashStart;
        for (var i = 0; i < length; i++)
        {
            hash = WordIds.HashStep(hash, buffer[i]);
        }

        return WordIds.HashEnd(hash);
    }
}
