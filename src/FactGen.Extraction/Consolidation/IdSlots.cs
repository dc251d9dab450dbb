using System;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The open-addressing part of a table that numbers distinct items (words, name keys) 0, 1, 2…: each id's hash and
/// the slots that find it, grown as ids are added. The table that owns it keeps the items by id and says when two are
/// the same (netstandard2.0 has no span-keyed dictionary, and these tables exist to avoid making a string per look-up).
/// </summary>
internal sealed class IdSlots
{
    private int[] _hash;
    private int[] _slots;

    /// <summary>Room for about <paramref name="capacity"/> ids; it grows past that.</summary>
    public IdSlots(int capacity)
    {
        _hash = new int[Math.Max(capacity, 16)];
        var slots = 32;
        while (slots < _hash.Length * 2)
        {
            slots *= 2;
        }

        _slots = new int[slots];
    }

    /// <summary>How many ids are given.</summary>
    public int Count { get; private set; }

    /// <summary>How many ids the owner's arrays should have room for (grows with <see cref="Add"/>).</summary>
    public int Capacity => _hash.Length;

    /// <summary>The first slot to look in for <paramref name="hash"/> (a non-negative hash).</summary>
    public int First(int hash) => hash & (_slots.Length - 1);

    /// <summary>The slot after <paramref name="slot"/>.</summary>
    public int Next(int slot) => (slot + 1) & (_slots.Length - 1);

    /// <summary>The id in <paramref name="slot"/>, or -1 when the slot is empty (the item is not in the table).</summary>
    public int IdAt(int slot) => _slots[slot] - 1;

    /// <summary>The hash the id was added with.</summary>
    public int HashOf(int id) => _hash[id];

    /// <summary>Gives the next id to an item of <paramref name="hash"/>, in the empty <paramref name="slot"/> its look-up ended at.</summary>
    public int Add(int slot, int hash)
    {
        if (Count == _hash.Length)
        {
            Array.Resize(ref _hash, Count * 2);
        }

        var added = Count++;
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
}
