using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges the facts of many articles into one <see cref="CorpusFacts"/>. The result depends only
/// on the set of inputs, never on their order.
/// </summary>
public static class Consolidator
{
    /// <summary>Consolidates per-article facts.</summary>
    public static CorpusFacts Consolidate(IEnumerable<DocumentFacts> documents)
    {
        var ordered = documents.OrderBy(d => d.Document.File, StringComparer.Ordinal).ToList();
        return new CorpusFacts(
            ordered.Select(d => d.Document).ToEquatableArray(),
            ordered.SelectMany(d => d.Events).ToEquatableArray(),
            ordered.SelectMany(d => d.People).ToEquatableArray(),
            ordered.SelectMany(d => d.Organizations).ToEquatableArray(),
            ordered.SelectMany(d => d.Quotes).ToEquatableArray(),
            ordered.SelectMany(d => d.Diagnostics).ToEquatableArray());
    }
}
