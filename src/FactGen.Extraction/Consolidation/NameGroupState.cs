using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Last run's merged people or organizations by document position, for re-merging after an in-place edit only the groups
/// it can reach: each item's group, each group's members and merged fact, the output order, and which items carry each
/// name key (as their name or an alias).
/// </summary>
internal sealed class NameGroupState<TResult>
    where TResult : class
{
    public NameGroupState(DocumentFacts[] documents, NameKeys[] keys, int[][] groupOf, CanonicalNames canonical)
    {
        Documents = documents;
        Keys = keys;
        GroupOf = groupOf;
        Canonical = canonical;
    }

    /// <summary>Last run's documents, in order.</summary>
    public DocumentFacts[] Documents { get; }

    /// <summary>Per position, its items' name and alias keys.</summary>
    public NameKeys[] Keys { get; }

    /// <summary>Per position and item, its group (an index into <see cref="Groups"/>).</summary>
    public int[][] GroupOf { get; }

    /// <summary>Every group by index; a group an edit replaced is null.</summary>
    public List<MergedGroup<TResult>?> Groups { get; } = new();

    /// <summary>The groups in output order.</summary>
    public List<int> Order { get; set; } = new();

    /// <summary>
    /// Their merged facts in that order (a <c>TFact[]</c>), so an edit copies facts from it instead of reaching each one
    /// through its group.
    /// </summary>
    public object? Output { get; set; }

    /// <summary>
    /// Per fact of <see cref="Output"/>, its merged name's ordinal hash: a filter by name reads these ints in sequence
    /// instead of every fact's name.
    /// </summary>
    public int[] OutputHashes { get; set; } = Array.Empty<int>();

    /// <summary>
    /// Per name key, the items whose name or alias has it; made on first use (the first edit), so the full run that
    /// captured the state does not pay for it.
    /// </summary>
    public ItemsByKey<string> ByKey
    {
        get
        {
            if (_byKey is null)
            {
                _byKey = new ItemsByKey<string>(StringComparer.Ordinal);
                for (var d = 0; d < Keys.Length; d++)
                {
                    Index(d, Keys[d], remove: false);
                }
            }

            return _byKey;
        }
    }

    private ItemsByKey<string>? _byKey;

    /// <summary>For people: the one-word name joins and title conflicts; null for organizations.</summary>
    public PeopleJoins? Joins { get; set; }

    /// <summary>Last run's merged name of every item.</summary>
    public CanonicalNames Canonical { get; set; }

    /// <summary>
    /// The state of a full merge, or null when it cannot serve (one fact object for two groups). Its
    /// <see cref="Canonical"/> ranks groups by their first member's <see cref="ItemRef.Order"/>, as edits will.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="keys">Per document, its items' keys.</param>
    /// <param name="documentStart">Per document, its first item; one more entry holds the item count.</param>
    /// <param name="groups">The groups of items.</param>
    /// <param name="inGroupOrder">Each group's result, in group order.</param>
    /// <param name="sorted">The merged facts in output order.</param>
    /// <param name="factOf">The fact a result carries.</param>
    /// <param name="written">Per item, its name.</param>
    /// <param name="canonicalOf">Per item, its merged name.</param>
    /// <param name="nameOf">A fact's merged name.</param>
    public static NameGroupState<TResult>? Capture<TFact>(
        IReadOnlyList<DocumentFacts> documents,
        NameKeys[] keys,
        int[] documentStart,
        Groups groups,
        List<TResult> inGroupOrder,
        List<TFact> sorted,
        Func<TResult, TFact> factOf,
        string[] written,
        string[] canonicalOf,
        Func<TFact, string> nameOf)
        where TFact : class
    {
        var count = documents.Count;
        var refs = new ItemRef[documentStart[count]];
        var groupOf = new int[count][];
        var copy = new DocumentFacts[count];
        var files = new string[count];
        for (var d = 0; d < count; d++)
        {
            copy[d] = documents[d];
            files[d] = documents[d].Document.File;
            groupOf[d] = new int[documentStart[d + 1] - documentStart[d]];
            for (var i = documentStart[d]; i < documentStart[d + 1]; i++)
            {
                refs[i] = new ItemRef(d, i - documentStart[d]);
            }
        }

        var rank = new long[refs.Length];
        var idOf = new Dictionary<TFact, int>(inGroupOrder.Count, ReferenceComparer<TFact>.Instance);
        var state = new NameGroupState<TResult>(copy, (NameKeys[])keys.Clone(), groupOf, new CanonicalNames(files, documentStart, written, canonicalOf, rank));
        for (var g = 0; g < groups.Count; g++)
        {
            var own = new ItemRef[groups.Size(g)];
            for (var k = 0; k < own.Length; k++)
            {
                var item = groups.Members[groups.Start(g) + k];
                own[k] = refs[item];
                groupOf[own[k].Document][own[k].Index] = g;
                rank[item] = own[0].Order;
            }

            var fact = factOf(inGroupOrder[g]);
            if (idOf.ContainsKey(fact))
            {
                return null;
            }

            idOf.Add(fact, g);
            state.Groups.Add(new MergedGroup<TResult>(own, inGroupOrder[g]));
        }

        foreach (var fact in sorted)
        {
            state.Order.Add(idOf[fact]);
        }

        state.Output = sorted.ToArray();
        state.OutputHashes = new int[sorted.Count];
        for (var k = 0; k < sorted.Count; k++)
        {
            state.OutputHashes[k] = StringComparer.Ordinal.GetHashCode(nameOf(sorted[k]));
        }
        return state;
    }

    /// <summary>
    /// Adds (or with <paramref name="remove"/>, removes) the items of position <paramref name="document"/> to
    /// <see cref="ByKey"/>, once made.
    /// </summary>
    public void Index(int document, NameKeys keys, bool remove)
    {
        if (_byKey is null)
        {
            return;
        }

        for (var i = 0; i < keys.Names.Length; i++)
        {
            Index(keys.Names[i], new ItemRef(document, i), remove);
            foreach (var alias in keys.Aliases[i])
            {
                if (alias is not null && alias != keys.Names[i])
                {
                    Index(alias, new ItemRef(document, i), remove);
                }
            }
        }
    }

    private void Index(string key, ItemRef item, bool remove)
    {
        if (remove)
        {
            _byKey!.RemoveDocument(key, item.Document);
        }
        else
        {
            _byKey!.Add(key, item);
        }
    }
}
