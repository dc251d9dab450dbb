using System;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Numbers distinct words, each the first time it is seen, looked up as a slice of a longer string or char buffer so
/// no word is cut out: a small open-addressing table (netstandard2.0 has no span-keyed dictionary). Each new word's
/// chars are copied once into a pool, so a slice of a scratch buffer that is reused can be looked up too. The pool is
/// a list of fixed-size blocks rather than one array grown by copying: what it allocates is about what it holds.
/// </summary>
internal sealed class WordIds
{
    /// <summary>Chars per pool block (a longer word gets a block of its own).</summary>
    private const int BlockChars = 8192;

    private readonly IdSlots _ids;
    private char[][] _blocks = new char[4][];
    private int _blockCount;
    private char[] _block = Array.Empty<char>();
    private int _blockUsed;

    /// <summary>Per id three ints side by side (one memory read): its pool block, where its chars start there, and how many.</summary>
    private int[] _spans;

    /// <summary>A table sized for about <paramref name="capacity"/> words; it grows past that.</summary>
    public WordIds(int capacity)
    {
        _ids = new IdSlots(capacity);
        _spans = new int[_ids.Capacity * 3];
    }

    /// <summary>How many distinct words have an id.</summary>
    public int Count => _ids.Count;

    /// <summary>The id of <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>]; a new word gets the next id.</summary>
    public int IdOf(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var slot = _ids.First(hash);
        for (var id = _ids.IdAt(slot); id >= 0; slot = _ids.Next(slot), id = _ids.IdAt(slot))
        {
            if (_ids.HashAt(slot) == hash && _spans[(id * 3) + 2] == length && SameChars(id, text, start))
            {
                return id;
            }
        }

        var added = Add(slot, hash, length);
        text.CopyTo(start, _block, _spans[(added * 3) + 1], length);
        return added;
    }

    /// <summary>
    /// The id of <paramref name="chars"/>[<paramref name="start"/>..+<paramref name="length"/>], whose <see cref="Hash"/> is
    /// <paramref name="hash"/>; a new word gets the next id. The chars are copied, so the buffer may be reused.
    /// </summary>
    public int IdOf(char[] chars, int start, int length, int hash)
    {
        var slot = _ids.First(hash);
        for (var id = _ids.IdAt(slot); id >= 0; slot = _ids.Next(slot), id = _ids.IdAt(slot))
        {
            if (_ids.HashAt(slot) == hash && _spans[(id * 3) + 2] == length && SameChars(id, chars, start))
            {
                return id;
            }
        }

        var added = Add(slot, hash, length);
        Array.Copy(chars, start, _block, _spans[(added * 3) + 1], length);
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

    /// <summary>
    /// Gives the next id to a word of <paramref name="length"/> chars and makes room for them at the end of the current
    /// pool block, <c>_block</c> (the caller copies them).
    /// </summary>
    private int Add(int slot, int hash, int length)
    {
        var added = _ids.Add(slot, hash);
        if (added * 3 == _spans.Length)
        {
            Array.Resize(ref _spans, _ids.Capacity * 3);
        }

        if (_blockUsed + length > _block.Length)
        {
            _block = new char[Math.Max(BlockChars, length)];
            if (_blockCount == _blocks.Length)
            {
                Array.Resize(ref _blocks, _blockCount * 2);
            }

            _blocks[_blockCount++] = _block;
            _blockUsed = 0;
        }

        _spans[added * 3] = _blockCount - 1;
        _spans[(added * 3) + 1] = _blockUsed;
        _spans[(added * 3) + 2] = length;
        _blockUsed += length;
        return added;
    }

    // The string and char[] twins of SameChars (and of IdOf's probe): netstandard2.0 without System.Memory has no span
    // to take both, and copying a string slice to a buffer first would add a copy to every look-up.
    private bool SameChars(int id, string text, int start)
    {
        var pool = _blocks[_spans[id * 3]];
        var at = _spans[(id * 3) + 1];
        var length = _spans[(id * 3) + 2];
        for (var k = 0; k < length; k++)
        {
            if (pool[at + k] != text[start + k])
            {
                return false;
            }
        }

        return true;
    }

    private bool SameChars(int id, char[] chars, int start)
    {
        var pool = _blocks[_spans[id * 3]];
        var at = _spans[(id * 3) + 1];
        var length = _spans[(id * 3) + 2];
        for (var k = 0; k < length; k++)
        {
            if (pool[at + k] != chars[start + k])
            {
                return false;
            }
        }

        return true;
    }
}
