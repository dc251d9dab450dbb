using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>
/// A read-only set of strings that can be asked about a slice of a larger string without cutting it
/// out: <c>Contains(text, start, length)</c> allocates nothing. netstandard2.0 has no span-keyed
/// <see cref="HashSet{T}"/> lookup, so this is a small chained hash table over an ordinal hash of the chars.
/// </summary>
public sealed class SliceSet
{
    private readonly string[] _entries;
    private readonly int[] _hashes;
    private readonly int[] _next;
    private readonly int[] _buckets;
    private readonly int _mask;

    /// <summary>Builds the set; with <paramref name="ignoreCase"/> entries match whatever their case (per-char invariant upper case).</summary>
    public SliceSet(IEnumerable<string> entries, bool ignoreCase = false)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        IgnoreCase = ignoreCase;
        var distinct = new List<string>();
        var seen = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is not null && seen.Add(entry))
            {
                distinct.Add(entry);
            }
        }

        var size = 16;
        while (size < distinct.Count * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        _buckets = new int[size];
        _entries = distinct.ToArray();
        _hashes = new int[_entries.Length];
        _next = new int[_entries.Length];
        for (var e = 0; e < _entries.Length; e++)
        {
            var hash = Hash(_entries[e], 0, _entries[e].Length, ignoreCase, lower: false);
            _hashes[e] = hash;
            ref var head = ref _buckets[hash & _mask];
            _next[e] = head - 1;
            head = e + 1;
        }
    }

    /// <summary>True when lookups ignore case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Number of distinct entries.</summary>
    public int Count => _entries.Length;

    /// <summary>True when <paramref name="entry"/> is in the set.</summary>
    public bool Contains(string entry) => entry is not null && Contains(entry, 0, entry.Length);

    /// <summary>True when the slice <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] is in the set. Allocates nothing.</summary>
    public bool Contains(string text, int start, int length) => Find(text, start, length, lower: false);

    /// <summary>
    /// True when the slice lower-cased (per-char invariant lower case, as <see cref="string.ToLowerInvariant()"/>)
    /// is in the set: <c>set.Contains(word.ToLowerInvariant())</c> without the copy. For an ignore-case set it is <see cref="Contains(string, int, int)"/>.
    /// </summary>
    public bool ContainsLowered(string text, int start, int length) => Find(text, start, length, lower: !IgnoreCase);

    private bool Find(string text, int start, int length, bool lower)
    {
        var hash = Hash(text, start, length, IgnoreCase, lower);
        for (var e = _buckets[hash & _mask] - 1; e >= 0; e = _next[e])
        {
            if (_hashes[e] == hash && SameChars(_entries[e], text, start, length, lower))
            {
                return true;
            }
        }

        return false;
    }

    private bool SameChars(string entry, string text, int start, int length, bool lower)
    {
        if (entry.Length != length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            var a = entry[k];
            var b = text[start + k];
            if (a == b)
            {
                continue;
            }

            if (lower ? char.ToLowerInvariant(b) != a
                : !IgnoreCase || char.ToUpperInvariant(a) != char.ToUpperInvariant(b))
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(string text, int start, int length, bool ignoreCase, bool lower)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var k = start; k < start + length; k++)
            {
                var c = text[k];

                // ASCII letters change case by one bit: no casing-table call for the common case.
                if (ignoreCase)
                {
                    c = c < 128 ? (c >= 'a' && c <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
                }
                else if (lower)
                {
                    c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
                }

                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
