using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges the facts of many articles into one <see cref="CorpusFacts"/>. The result depends only
/// on the set of inputs, never on their order: documents are first sorted by file name, every
/// merge is keyed (no all-pairs comparison), and every list is emitted in a fixed order.
/// </summary>
public static class Consolidator
{
    /// <summary>Consolidates per-article facts.</summary>
    public static CorpusFacts Consolidate(IEnumerable<DocumentFacts> documents) => Consolidate(documents, null);

    /// <summary>
    /// Consolidates per-article facts, remembering in <paramref name="cache"/> what makes the next run over mostly
    /// the same document objects cheaper. The result is the same with or without a cache.
    /// </summary>
    public static CorpusFacts Consolidate(IEnumerable<DocumentFacts> documents, ConsolidationCache? cache)
    {
        if (cache is null)
        {
            return ConsolidateOnce(documents, null);
        }

        lock (cache)
        {
            try
            {
                return ConsolidateOnce(documents, cache);
            }
            catch
            {
                cache.Forget(); // a run cut short may have left its state half updated
                throw;
            }
        }
    }

    private static CorpusFacts ConsolidateOnce(IEnumerable<DocumentFacts> documents, ConsolidationCache? cache)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        var ordered = ByFile(documents, cache);
        var diagnostics = new List<FactDiagnostic>();
        foreach (var document in ordered)
        {
            if (document.Diagnostics.Count > 0)
            {
                diagnostics.AddRange(document.Diagnostics.AsArray()); // an array: one bulk copy, no enumerator per document
            }
        }

        var people = PeopleMerger.Merge(ordered, diagnostics, out var personNames, cache?.People);
        var events = EventMerger.Merge(ordered, diagnostics, cache?.Events);
        var organizations = WithoutEventNames(OrganizationMerger.Merge(ordered, out var organizationNames, cache?.Organizations), events, cache?.Organizations.State?.OutputHashes);
        Func<int, string, string> speakerOf = (document, speaker) =>
            personNames.Find(document, speaker) ?? organizationNames.Find(document, speaker) ?? speaker;
        var quotes = cache is null ? QuoteGrouper.Group(ordered, speakerOf)
            : RememberingQuoteGrouper.Group(ordered, speakerOf, cache.Quotes, NamesChanged(ordered, personNames, organizationNames));

        var infos = new DocumentInfo[ordered.Count];
        for (var d = 0; d < infos.Length; d++)
        {
            infos[d] = ordered[d].Document;
        }

        return new CorpusFacts(
            new EquatableArray<DocumentInfo>(infos),
            new EquatableArray<EventFact>(events.ToArray()),
            new EquatableArray<PersonFact>(people.ToArray()),
            new EquatableArray<OrganizationFact>(organizations.ToArray()),
            new EquatableArray<QuoteFact>(quotes.ToArray()),
            Sorted(diagnostics, cache));
    }

    /// <summary>
    /// The diagnostics, distinct, by place then id and message (stably); with a cache, last run's answer when the
    /// diagnostics are the same as last run's (an edit seldom changes them).
    /// </summary>
    private static EquatableArray<FactDiagnostic> Sorted(List<FactDiagnostic> diagnostics, ConsolidationCache? cache)
    {
        if (cache?.Diagnostics is { } last && last.In.Length == diagnostics.Count)
        {
            var same = true;
            for (var k = 0; k < diagnostics.Count && same; k++)
            {
                same = ReferenceEquals(last.In[k], diagnostics[k]) || last.In[k].Equals(diagnostics[k]);
            }

            if (same)
            {
                return last.Out;
            }
        }

        var sorted = diagnostics.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToEquatableArray();
        if (cache is not null)
        {
            cache.Diagnostics = (diagnostics.ToArray(), sorted);
        }

        return sorted;
    }

    /// <summary>
    /// The documents by file name, stably (as <c>OrderBy</c>); input already in that order (the generator's usually is)
    /// costs one pass of comparisons instead of a sort.
    /// </summary>
    /// <remarks>
    /// With a cache, documents at the place of last run's (same object, or same file name), as after an in-place edit,
    /// are in order without comparing names: last run's were.
    /// </remarks>
    private static List<DocumentFacts> ByFile(IEnumerable<DocumentFacts> documents, ConsolidationCache? cache)
    {
        var list = documents.ToList();
        var previous = cache?.Documents;
        var inPlace = previous is not null && previous.Count == list.Count;
        for (var d = 0; d < list.Count && inPlace; d++)
        {
            inPlace = ReferenceEquals(list[d], previous![d]) || list[d].Document.File == previous[d].Document.File;
        }

        for (var d = 1; d < list.Count && !inPlace; d++)
        {
            if (string.CompareOrdinal(list[d - 1].Document.File, list[d].Document.File) > 0)
            {
                list = list.OrderBy(x => x.Document.File, StringComparer.Ordinal).ToList();
                break;
            }
        }

        if (cache is not null)
        {
            cache.Documents = list;
        }

        return list;
    }

    /// <summary>
    /// Per document, whether a speaker's merged name there may differ from last run's: its own or another document of
    /// its file changed a person's or organization's merged name (a look-up reads every document of the file). Null when
    /// any may.
    /// </summary>
    private static bool[]? NamesChanged(List<DocumentFacts> documents, CanonicalNames people, CanonicalNames organizations)
    {
        if (people.Changed is not { } a || organizations.Changed is not { } b)
        {
            return null;
        }

        var changed = new bool[documents.Count];
        for (var d = 0; d < changed.Length; d++)
        {
            if (!a[d] && !b[d])
            {
                continue;
            }

            var file = documents[d].Document.File;
            for (var e = d; e >= 0 && documents[e].Document.File == file; e--)
            {
                changed[e] = true;
            }

            for (var e = d + 1; e < changed.Length && documents[e].Document.File == file; e++)
            {
                changed[e] = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// An event written by its acronym alone ("this year's EXPO features ...") reads like an organization
    /// in one article; once the corpus knows the acronym names an event, it is not also an organization.
    /// </summary>
    /// <param name="organizations">The merged organizations.</param>
    /// <param name="events">The merged events.</param>
    /// <param name="nameHashes">Null, or per organization its name's ordinal hash: then only organizations whose hash is
    /// an event name's are read.</param>
    private static List<OrganizationFact> WithoutEventNames(List<OrganizationFact> organizations, List<EventFact> events, int[]? nameHashes)
    {
        var eventNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            eventNames.Add(e.Name);
            eventNames.UnionWith(e.Aliases);
        }

        if (nameHashes is null || nameHashes.Length != organizations.Count)
        {
            return organizations.Where(o => !eventNames.Contains(o.Name)).ToList();
        }

        var eventHashes = new HashSet<int>();
        foreach (var name in eventNames)
        {
            eventHashes.Add(StringComparer.Ordinal.GetHashCode(name));
        }

        var excluded = new List<int>();
        for (var k = 0; k < nameHashes.Length; k++)
        {
            if (eventHashes.Contains(nameHashes[k]) && eventNames.Contains(organizations[k].Name))
            {
                excluded.Add(k);
            }
        }

        if (excluded.Count == 0)
        {
            return organizations;
        }

        // The runs between excluded ones, one bulk copy each.
        var kept = new OrganizationFact[organizations.Count - excluded.Count];
        var from = 0;
        var to = 0;
        excluded.Add(organizations.Count);
        foreach (var k in excluded)
        {
            organizations.CopyTo(from, kept, to, k - from);
            to += k - from;
            from = k + 1;
        }

        return new List<OrganizationFact>(kept);
    }
}
