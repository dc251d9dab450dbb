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
{
    private readonly ConditionalWeakTable<DocumentFacts, NameKeys> _keys = new();

    public GroupMemo<TFact, TResult> Groups { get; } = new();

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
