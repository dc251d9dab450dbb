using System;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The open-addressing part of a table that numbers distinct items (words, name keys) 0, 1, 2…: the slots that find
/// each id, grown as ids are added. The table that owns it keeps the items by id and says when two are the same
/// (netstandard2.0 has no span-keyed dictionary, and these tables exist to avoid making a string per look-up).
/// </summary>
/// <remarks>
/// A slot holds its id and that id's hash side by side: a probe learns from one memory read whether the slot may hold
/// the item, rather than reading the slot and then the id's hash elsewhere (look-ups are bound by such reads).
/// </remarks>
internal sealed class IdSlots
{
    /// <summary>Per slot two ints: its id + 1 (0 when empty), then that id's hash.</summary>
    private int[] _entries;

    /// <summary>The slot count less one (slot counts are powers of two).</summary>
    private int _mask;

    /// <summary>Room for about <paramref name="capacity"/> ids; it grows past that.</summary>
    public IdSlots(int capacity)
    {
        Capacity = Math.Max(capacity, 16);
        var slots = 32;
        while (slots < Capacity * 2)
        {
            slots *= 2;
        }

        _entries = new int[slots * 2];
        _mask = slots - 1;
    }

    /// <summary>How many ids are given.</summary>
    public int Count { get; private set; }

    /// <summary>How many ids the owner's arrays should have room for (grows with <see cref="Add"/>).</summary>
    public int Capacity { get; private set; }

    /// <summary>The first slot to look in for <paramref name="hash"/> (a non-negative hash).</summary>
    public int First(int hash) => hash & _mask;

    /// <summary>The slot after <paramref name="slot"/>.</summary>
    public int Next(int slot) => (slot + 1) & _mask;

    /// <summary>The id in <paramref name="slot"/>, or -1 when the slot is empty (the item is not in the table).</summary>
    public int IdAt(int slot) => _entries[slot * 2] - 1;

    /// <summary>The hash of the id in <paramref name="slot"/>, a filled slot.</summary>
    public int HashAt(int slot) => _entries[(slot * 2) + 1];

    /// <summary>Gives the next id to an item of <paramref name="hash"/>, in the empty <paramref name="slot"/> its look-up ended at.</summary>
    public int Add(int slot, int hash)
    {
        if (Count == Capacity)
        {
            Capacity *= 2;
        }

        var added = Count++;
        _entries[slot * 2] = added + 1;
        _entries[(slot * 2) + 1] = hash;
        if (Count * 2 > _mask + 1)
        {
            Rehash();
        }

        return added;
    }

    private void Rehash()
    {
        var old = _entries;
        _entries = new int[old.Length * 2];
        _mask = (_entries.Length / 2) - 1;
        for (var at = 0; at < old.Length; at += 2)
        {
            if (old[at] == 0)
            {
                continue;
            }

            var slot = old[at + 1] & _mask;
            while (_entries[slot * 2] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot * 2] = old[at];
            _entries[(slot * 2) + 1] = old[at + 1];
        }
    }
}
