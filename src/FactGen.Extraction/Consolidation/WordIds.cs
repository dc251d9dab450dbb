using System;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Numbers distinct words, each the first time it is seen, looked up as a slice of a longer string so no
/// word is cut out: a small open-addressing table (netstandard2.0 has no span-keyed dictionary).
/// </summary>
internal sealed class WordIds
{
    private readonly IdSlots _ids;
    private string[] _text;
    private int[] _start;
    private int[] _length;

    /// <summary>A table sized for about <paramref name="capacity"/> words; it grows past that.</summary>
    public WordIds(int capacity)
    {
        _ids = new IdSlots(capacity);
        _text = new string[_ids.Capacity];
        _start = new int[_ids.Capacity];
        _length = new int[_ids.Capacity];
    }

    /// <summary>How many distinct words have an id.</summary>
    public int Count => _ids.Count;

    /// <summary>The id of <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>]; a new word gets the next id.</summary>
    public int IdOf(string text, int start, int length) => IdOf(text, start, length, Hash(text, start, length));

    /// <summary>
    /// <see cref="IdOf(string, int, int)"/> given the slice's <see cref="Hash"/>, for a caller that computes it while
    /// finding where the word ends.
    /// </summary>
    public int IdOf(string text, int start, int length, int hash)
    {
        var slot = _ids.First(hash);
        for (var id = _ids.IdAt(slot); id >= 0; slot = _ids.Next(slot), id = _ids.IdAt(slot))
        {
            if (_ids.HashOf(id) == hash && _length[id] == length
                && string.CompareOrdinal(_text[id], _start[id], text, start, length) == 0)
            {
                return id;
            }
        }

        var added = _ids.Add(slot, hash);
        if (added == _text.Length)
        {
            Array.Resize(ref _text, _ids.Capacity);
            Array.Resize(ref _start, _ids.Capacity);
            Array.Resize(ref _length, _ids.Capacity);
        }

        _text[added] = text;
        _start[added] = start;
        _length[added] = length;
        return added;
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
