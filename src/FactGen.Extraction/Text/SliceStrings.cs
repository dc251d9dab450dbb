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

    // Open addressing with linear probing. A slot holds its string (null when empty) beside its hash, so a probe
    // reads one place in memory, and the string itself only when the hash matches.
    private Slot[] _slots = new Slot[1 << 10];
    private int _count;

    /// <summary>This thread's cache.</summary>
    public static SliceStrings Current => _current ??= new SliceStrings();

    /// <summary><c>text.Substring(start, length)</c>, the same instance every time the same characters are asked for.</summary>
    public string Get(string text, int start, int length)
    {
        var hash = WordHash.Of(text, start, length);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Value is null)
            {
                return Add(text.Substring(start, length), hash);
            }

            if (slot.Hash == hash && slot.Value.Length == length && string.CompareOrdinal(slot.Value, 0, text, start, length) == 0)
            {
                return slot.Value;
            }
        }
    }

    private string Add(string value, int hash)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            if (_count >= MaxStrings)
            {
                // Full: start again rather than grow without bound.
                _slots = new Slot[_slots.Length];
                _count = 0;
            }
            else
            {
                Grow();
            }
        }

        Place(_slots, value, hash);
        _count++;
        return value;
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Value is { } value)
            {
                Place(slots, value, slot.Hash);
            }
        }

        _slots = slots;
    }

    private static void Place(Slot[] slots, string value, int hash)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i].Value is not null)
        {
            i = (i + 1) & mask;
        }

        slots[i] = new Slot(hash, value);
    }

    private readonly struct Slot
    {
        public Slot(int hash, string value)
        {
            Hash = hash;
            Value = value;
        }

        public int Hash { get; }

        public string? Value { get; }
    }
}
