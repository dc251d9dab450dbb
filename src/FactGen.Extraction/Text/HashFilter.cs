using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>
/// A bit per value of the low bits of a <see cref="WordHash"/>, set for the hashes of a list of words: a word
/// whose bit is clear is certainly not in the list, told from one table read instead of a lookup. A set bit
/// only says "maybe" (another word may share the bits).
/// </summary>
internal sealed class HashFilter
{
    private const int Bits = 1 << 16;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>A filter for <paramref name="words"/>.</summary>
    public HashFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var slot = WordHash.Of(word, 0, word.Length) & (Bits - 1);
            _bits[slot >> 6] |= 1UL << (slot & 63);
        }
    }

    /// <summary>False when no word of the list has the hash <paramref name="wordHash"/> (a <see cref="WordHash"/> value).</summary>
    public bool MayContain(int wordHash)
    {
        var slot = wordHash & (Bits - 1);
        return (_bits[slot >> 6] & (1UL << (slot & 63))) != 0;
    }
}
