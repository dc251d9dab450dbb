using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactGen.Generator.Emit;

namespace FactGen.Generator;

/// <summary>
/// The articles of a collected step, each path once (the first of one path counts), ordered by name, then path, so
/// everything below is order-free. Remembers the last answer per generator instance: after an edit only the articles
/// that are new objects are placed (by binary search) and the ones gone are taken out, instead of hashing and comparing
/// every article's path and name again. The answer never depends on what is remembered.
/// </summary>
/// <typeparam name="T">The per-article model.</typeparam>
internal sealed class OrderedInputs<T>
    where T : class
{
    /// <summary>Past this many new or gone articles, ordering all of them afresh is as cheap.</summary>
    private const int MaxChanges = 32;

    private readonly Func<T, string> _path;
    private readonly Func<T, string> _name;
    private readonly IComparer<T> _order;
    private readonly object _gate = new();
    private T[] _lastInput = Array.Empty<T>();
    private T[] _lastOutput = Array.Empty<T>();
    private HashSet<string> _lastPaths = new(StringComparer.Ordinal);
    private bool _remembered;

    /// <param name="path">An article's path (distinct per file).</param>
    /// <param name="name">An article's name (the evidence's file name).</param>
    public OrderedInputs(Func<T, string> path, Func<T, string> name)
    {
        _path = path;
        _name = name;
        _order = Comparer<T>.Create(Compare);
    }

    /// <summary>The distinct articles of <paramref name="all"/>, by name, then path, and what changed since the last call.</summary>
    public OrderedArticles<T> Of(ImmutableArray<T> all)
    {
        var input = new T[all.IsDefault ? 0 : all.Length];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = all[i];
        }

        lock (_gate)
        {
            // Forgotten until this call ends well: a half-made update (an exception, a fallback) is never trusted.
            var remembered = _remembered;
            _remembered = false;
            var changes = remembered ? Update(input) : null;
            List<T> output;
            if (changes is null)
            {
                var fresh = Fresh(input);
                output = fresh.Output;
                _lastPaths = fresh.Paths;
            }
            else
            {
                output = changes.Value.Output;
            }

            _lastInput = input;
            _lastOutput = output.ToArray();
            _remembered = true;
            return new OrderedArticles<T>(output, changes?.Gone, changes?.Added);
        }
    }

    /// <summary>The last answer with the articles gone taken out and the new ones put in; null when starting afresh is simpler.</summary>
    private (List<T> Output, List<T> Gone, List<T> Added)? Update(T[] input)
    {
        var matches = FactAlignment.Match(_lastInput, input);
        var gone = FactAlignment.Unmatched(_lastInput.Length, matches);
        var added = new List<T>();
        for (var i = 0; i < input.Length; i++)
        {
            if (matches[i] < 0)
            {
                added.Add(input[i]);
            }
        }

        // The last input held a path twice: which one counts depends on input order, so order afresh.
        if (_lastOutput.Length != _lastInput.Length || gone.Count + added.Count > MaxChanges)
        {
            return null;
        }

        var output = new List<T>(_lastOutput);
        var paths = _lastPaths; // updated in place: a null answer starts afresh, which replaces it
        var goneItems = new List<T>(gone.Count);
        foreach (var j in gone)
        {
            var item = _lastInput[j];
            goneItems.Add(item);
            var at = Position(output, item);
            if (at >= output.Count || !ReferenceEquals(output[at], item))
            {
                return null;
            }

            output.RemoveAt(at);
            paths.Remove(_path(item));
        }

        foreach (var item in added)
        {
            if (!paths.Add(_path(item)))
            {
                return null; // a path given twice: the first one counts, which needs the input order
            }

            output.Insert(Position(output, item), item);
        }

        return (output, goneItems, added);
    }

    /// <summary>Orders <paramref name="input"/> from scratch: the first of each path, sorted by name, then path.</summary>
    private (List<T> Output, HashSet<string> Paths) Fresh(T[] input)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<T>(input.Length);
        var sorted = true;
        foreach (var item in input)
        {
            if (!paths.Add(_path(item)))
            {
                continue; // the first of one path counts
            }

            sorted = sorted && (kept.Count == 0 || Compare(kept[kept.Count - 1], item) < 0);
            kept.Add(item);
        }

        if (!sorted)
        {
            kept.Sort(Compare);
        }

        return (kept, paths);
    }

    /// <summary>Where <paramref name="item"/> is or goes in the ordered <paramref name="items"/>; their paths are distinct, so the item found is the only one of its name and path.</summary>
    private int Position(List<T> items, T item)
    {
        var at = items.BinarySearch(item, _order);
        return at >= 0 ? at : ~at;
    }

    private int Compare(T a, T b)
    {
        var byName = string.CompareOrdinal(_name(a), _name(b));
        return byName != 0 ? byName : string.CompareOrdinal(_path(a), _path(b));
    }
}

/// <summary>Articles in their order, and what changed since the last ordering when it was an update.</summary>
/// <typeparam name="T">The per-article model.</typeparam>
/// <param name="Items">The distinct articles, by name, then path.</param>
/// <param name="Gone">The last ordering's articles not given again in their order: removed, replaced (the old object) or moved; null when ordered afresh.</param>
/// <param name="Added">The articles not given last time in this order: new objects, or moved ones (then also in <see cref="Gone"/>); null when ordered afresh.</param>
internal sealed record OrderedArticles<T>(List<T> Items, IReadOnlyList<T>? Gone, IReadOnlyList<T>? Added)
{
    /// <summary>Whether this is an update of the last ordering, so <see cref="Gone"/> and <see cref="Added"/> are known.</summary>
    public bool IsUpdate => Gone is not null && Added is not null;
}
