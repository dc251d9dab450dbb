namespace FactGen.Extraction.Consolidation;

/// <summary>
/// What <see cref="Consolidator"/> may remember between runs over mostly the same documents (the generator
/// consolidates again after each edit; its cached steps hand over the very same document objects). The result
/// never depends on what is remembered, only the time it takes. One cache serves one caller; runs that share it
/// take turns.
/// </summary>
public sealed class ConsolidationCache
{
    internal QuoteMemo Quotes { get; } = new();

    internal MergeMemo<PersonFact, MergedFact<PersonFact>> People { get; } = new();

    internal MergeMemo<OrganizationFact, OrganizationFact> Organizations { get; } = new();

    internal EventMemo Events { get; } = new();

    /// <summary>Last run's diagnostics as merging gave them, and sorted.</summary>
    internal (FactDiagnostic[] In, EquatableArray<FactDiagnostic> Out)? Diagnostics { get; set; }

    /// <summary>Last run's documents, sorted by file name (never changed once handed over).</summary>
    internal System.Collections.Generic.List<DocumentFacts>? Documents { get; set; }

    /// <summary>Drops what edits would build on, so the next run starts over in full.</summary>
    internal void Forget()
    {
        People.State = null;
        Organizations.State = null;
        Quotes.Components = null;
        Quotes.Previous = null;
        Events.Last = null;
        Documents = null;
        Diagnostics = null;
    }
}
