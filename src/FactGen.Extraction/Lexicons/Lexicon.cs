using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Lexicons;

/// <summary>
/// A word list embedded in the engine (<c>Lexicons/Data/NAME.txt</c>): one entry per line,
/// '#' starts a comment, blank lines are ignored. Each file's header names its source and licence.
/// Lists are loaded once per process and shared.
/// </summary>
public sealed class Lexicon
{
    private static readonly ConcurrentDictionary<string, Lexicon> Loaded = new(StringComparer.Ordinal);

    private readonly HashSet<string> _entries;
    private readonly SliceSet _slices;

    private Lexicon(string name, HashSet<string> entries, IReadOnlyList<string> ordered, bool ignoreCase)
    {
        Name = name;
        _entries = entries;
        Entries = ordered;
        _slices = new SliceSet(ordered, ignoreCase);
    }

    /// <summary>The lexicon's name (its file name without extension).</summary>
    public string Name { get; }

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Entries.Count;

    /// <summary>Loads (once) the embedded lexicon <paramref name="name"/>; case-sensitive lookups.</summary>
    public static Lexicon Get(string name) => Loaded.GetOrAdd(name, n => Load(n, StringComparer.Ordinal));

    /// <summary>Loads (once) the embedded lexicon <paramref name="name"/> with case-insensitive lookups.</summary>
    public static Lexicon GetIgnoreCase(string name) =>
        Loaded.GetOrAdd(name + "|i", _ => Load(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="entry"/> is in the list.</summary>
    public bool Contains(string entry) => _entries.Contains(entry);

    /// <summary>
    /// True when the slice <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] is in the
    /// list (same case rule as <see cref="Contains(string)"/>), without cutting the slice out: allocates nothing.
    /// </summary>
    public bool Contains(string text, int start, int length) => _slices.Contains(text, start, length);

    /// <summary>
    /// True when the slice, lower-cased (invariant), is in the list: <c>Contains(word.ToLowerInvariant())</c>
    /// without the copies. For a list loaded with <see cref="GetIgnoreCase"/> it is the plain slice lookup.
    /// </summary>
    public bool ContainsLowered(string text, int start, int length) => _slices.ContainsLowered(text, start, length);

    /// <summary>The entries as a <see cref="SliceSet"/>, for callers that keep a reference for slice lookups.</summary>
    public SliceSet Slices => _slices;

    private static Lexicon Load(string name, StringComparer comparer)
    {
        var resource = "FactGen.Extraction.Lexicons." + name + ".txt";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Embedded lexicon not found: " + resource);
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(comparer);
        var ordered = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            var hash = line.IndexOf('#');
            var entry = (hash >= 0 ? line.Substring(0, hash) : line).Trim();
            if (entry.Length > 0 && set.Add(entry))
            {
                ordered.Add(entry);
            }
        }

        return new Lexicon(name, set, ordered, ignoreCase: comparer == StringComparer.OrdinalIgnoreCase);
    }
}
