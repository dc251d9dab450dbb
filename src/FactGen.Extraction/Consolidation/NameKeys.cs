using System.Runtime.CompilerServices;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The name keys (<see cref="TextKeys.Key"/>) of one document's people or organizations, computed once per
/// document object: each one's name key, and each alias's key (null for the aliases the merger skips).
/// </summary>
internal sealed class NameKeys
{
    private NameKeys(string[] names, string?[][] aliases)
    {
        Names = names;
        Aliases = aliases;
    }

    public string[] Names { get; }

    public string?[][] Aliases { get; }

    /// <summary>
    /// Per name, its key's first and last word ids (<see cref="NameWords"/>) in the memo's word table; made once, on
    /// first use, by the people merger.
    /// </summary>
    public NameWords? Words { get; set; }

    /// <summary>Keys of <paramref name="names"/> and their <paramref name="aliases"/>; aliases <paramref name="skip"/> picks get null.</summary>
    public static NameKeys Of(string[] names, EquatableArray<string>[] aliases, System.Func<string, bool> skip)
    {
        var nameKeys = new string[names.Length];
        var aliasKeys = new string?[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            nameKeys[i] = TextKeys.Key(names[i]);
            var own = aliases[i].AsArray();
            aliasKeys[i] = new string?[own.Length];
            for (var a = 0; a < own.Length; a++)
            {
                aliasKeys[i][a] = skip(own[a]) ? null : TextKeys.Key(own[a]);
            }
        }

        return new NameKeys(nameKeys, aliasKeys);
    }
}

/// <summary>What people or organization merging keeps between runs: name keys per document, merged groups.</summary>
internal sealed class MergeMemo<TFact, TResult>
    where TFact : class
    where TResult : class
{
    private readonly ConditionalWeakTable<DocumentFacts, NameKeys> _keys = new();

    public GroupMemo<TFact, TResult> Groups { get; } = new();

    /// <summary>The merger's first-item-by-name table, emptied and refilled each run instead of reallocated.</summary>
    public System.Collections.Generic.Dictionary<string, int> FirstByName { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Word ids for <see cref="NameKeys.Words"/>, shared by every document this memo has seen (ids never change).</summary>
    public WordIds Words { get; } = new(4096);

    /// <summary>Last run's groups by document position, for in-place edits; null when they cannot serve.</summary>
    public NameGroupState<TResult>? State { get; set; }

    /// <summary>Last run's order of the merged facts.</summary>
    public SortHint<TFact> Order { get; } = new();

    /// <summary>The keys of <paramref name="document"/>'s names, made by <paramref name="make"/> the first time.</summary>
    public NameKeys KeysOf(DocumentFacts document, System.Func<DocumentFacts, NameKeys> make)
    {
        if (!_keys.TryGetValue(document, out var keys))
        {
            keys = make(document);
            _keys.Add(document, keys);
        }

        return keys;
    }
}

/// <summary>
/// The words one-word names are matched by: per name key, the ids of its first and last words, or for a one-word key
/// (no space) -1 and the id of the whole key; an empty key has -1 and -1.
/// </summary>
internal sealed class NameWords
{
    private NameWords(int[] first, int[] last)
    {
        First = first;
        Last = last;
    }

    public int[] First { get; }

    public int[] Last { get; }

    public static NameWords Of(string[] keys, WordIds words)
    {
        var first = new int[keys.Length];
        var last = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            Set(keys[i], words, out first[i], out last[i]);
        }

        return new NameWords(first, last);
    }

    /// <summary>The ids of one key, as <see cref="Of"/> gives them.</summary>
    public static void Set(string key, WordIds words, out int first, out int last)
    {
        var firstSpace = key.IndexOf(' ');
        if (firstSpace < 0)
        {
            first = -1;
            last = key.Length == 0 ? -1 : words.IdOf(key, 0, key.Length);
            return;
        }

        var lastStart = key.LastIndexOf(' ') + 1;
        first = words.IdOf(key, 0, firstSpace);
        last = words.IdOf(key, lastStart, key.Length - lastStart);
    }
}
