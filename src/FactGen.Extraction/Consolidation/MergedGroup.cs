namespace FactGen.Extraction.Consolidation;

/// <summary>
/// One group of items merged into one (people, organizations, near quotations), as an edit's state remembers it: its
/// members in document order and what they merged into.
/// </summary>
internal sealed class MergedGroup<TResult>
{
    public MergedGroup(ItemRef[] members, TResult merged)
    {
        Members = members;
        Merged = merged;
    }

    public ItemRef[] Members { get; }

    public TResult Merged { get; }

    /// <summary>The group's first member, which orders groups as the merge does.</summary>
    public long Root => Members[0].Order;
}
