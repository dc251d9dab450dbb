using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Per key (a name key, a name word), the items that have it, kept up to date as an edit replaces documents: the state
/// an edit reads to find the groups a changed key reaches.
/// </summary>
internal sealed class ItemsByKey<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, List<ItemRef>> _items;

    public ItemsByKey(IEqualityComparer<TKey>? comparer = null)
    {
        _items = new Dictionary<TKey, List<ItemRef>>(comparer);
    }

    /// <summary>The items with <paramref name="key"/>, if any ever had it.</summary>
    public bool TryGetValue(TKey key, out List<ItemRef> items) => _items.TryGetValue(key, out items);

    /// <summary>Lists <paramref name="item"/> under <paramref name="key"/> (once: a repeat of the last item listed is skipped).</summary>
    public void Add(TKey key, ItemRef item)
    {
        if (!_items.TryGetValue(key, out var list))
        {
            _items[key] = list = new List<ItemRef>();
        }

        if (list.Count == 0 || list[list.Count - 1].Order != item.Order)
        {
            list.Add(item);
        }
    }

    /// <summary>Drops every item of position <paramref name="document"/> listed under <paramref name="key"/>.</summary>
    public void RemoveDocument(TKey key, int document)
    {
        if (_items.TryGetValue(key, out var list))
        {
            list.RemoveAll(r => r.Document == document);
        }
    }
}
