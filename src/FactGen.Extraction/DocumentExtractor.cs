using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Events;
using FactGen.Extraction.Organizations;
using FactGen.Extraction.People;
using FactGen.Extraction.Quotes;
using FactGen.Extraction.Text;

namespace FactGen.Extraction;

/// <summary>
/// Extracts the facts of one article. Pure and deterministic: the same file name and text always
/// give equal <see cref="DocumentFacts"/>, which is what lets the generator cache per file.
/// </summary>
public static class DocumentExtractor
{
    /// <summary>Extracts the facts of an article whose text is already decoded.</summary>
    /// <param name="file">The name used in evidence (relative path, '/' separated).</param>
    /// <param name="contents">The article text.</param>
    /// <returns>The article's facts; an internal failure becomes an <see cref="DiagnosticIds.InternalError"/> diagnostic, never an exception.</returns>
    public static DocumentFacts Extract(string file, string contents)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var text = ArticleText.Create(file, contents ?? string.Empty);
        ArticleAnalysis? article = null;
        try
        {
            article = new ArticleAnalysis(text);
            return Analyse(article);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(file, DiagnosticIds.InternalError, FactSeverity.Warning,
                $"FactGen could not analyse this article ({ex.GetType().Name}: {ex.Message}); it contributes no facts.");
        }
        finally
        {
            // The facts hold no reference to the working arrays: the next article on this thread reuses them.
            article?.Release();
        }
    }

    /// <summary>
    /// Extracts the facts of an article from its raw bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or
    /// UTF-16 without BOM (reported as <see cref="DiagnosticIds.Utf16WithoutBom"/>); anything else is read as
    /// Windows-1252 and reported as <see cref="DiagnosticIds.UnreadableFile"/>. An empty file gives only
    /// <see cref="DiagnosticIds.NoFacts"/>, a binary one only <see cref="DiagnosticIds.NotText"/>.
    /// </summary>
    public static DocumentFacts Extract(string file, byte[] bytes) => ArticleDecoder.Decode(bytes).Extract(file);

    /// <summary>Facts of an article that could not be processed: only the diagnostic that says why.</summary>
    public static DocumentFacts Failed(string file, string id, FactSeverity severity, string message) =>
        new(
            new DocumentInfo(file, null, null, null),
            EquatableArray<EventFact>.Empty,
            EquatableArray<PersonFact>.Empty,
            EquatableArray<OrganizationFact>.Empty,
            EquatableArray<QuoteFact>.Empty,
            EquatableArray<DateFact>.Empty,
            new EquatableArray<FactDiagnostic>(new[] { new FactDiagnostic(id, severity, message, file, 1, 1, 0) }));

    private static DocumentFacts Analyse(ArticleAnalysis article)
    {
        var people = PersonRecognizer.Recognize(article);
        var organizations = OrganizationRecognizer.Recognize(article, people);
        var quotes = QuoteExtractor.Extract(article, people);
        RoleAssigner.Assign(article, people, quotes);

        // The header is read once: the event stage needs its publication date too.
        var info = DocumentInfoReader.Read(article);
        var findings = EventRecognizer.Recognize(article, info);
        var diagnostics = new List<FactDiagnostic>(findings.Diagnostics);
        AddUnattributedQuotes(article, quotes, diagnostics);

        var personFacts = new PersonFact[people.Entities.Count];
        for (var i = 0; i < personFacts.Length; i++)
        {
            personFacts[i] = ToFact(article, people.Entities[i]);
        }

        if (personFacts.Length == 0 && organizations.Count == 0 && quotes.Count == 0 && findings.Events.Count == 0)
        {
            diagnostics.Add(new FactDiagnostic(DiagnosticIds.NoFacts, FactSeverity.Info,
                "No people, organizations, quotations or event facts were found in this article.", article.Text.File, 1, 1, 0));
        }

        SortByPosition(diagnostics);

        // The facts hold no person object: the thread's next article makes its people from these.
        people.ReturnToSpares();
        return new DocumentFacts(
            info,
            Freeze(findings.Events),
            new EquatableArray<PersonFact>(personFacts),
            Freeze(organizations),
            Freeze(quotes),
            Freeze(findings.Dates),
            Freeze(diagnostics));
    }

    /// <summary>The list's items as an equatable array, copied once.</summary>
    private static EquatableArray<T> Freeze<T>(List<T> items)
        where T : IEquatable<T> =>
        items.Count == 0 ? EquatableArray<T>.Empty : new EquatableArray<T>(items.ToArray());

    /// <summary>
    /// Stable sort by line, column, then id (ordinal): an insertion sort, since an article has few
    /// diagnostics and equal keys must keep their order.
    /// </summary>
    private static void SortByPosition(List<FactDiagnostic> diagnostics)
    {
        for (var i = 1; i < diagnostics.Count; i++)
        {
            var item = diagnostics[i];
            var j = i - 1;
            while (j >= 0 && ComparePosition(diagnostics[j], item) > 0)
            {
                diagnostics[j + 1] = diagnostics[j];
                j--;
            }

            diagnostics[j + 1] = item;
        }
    }

    private static int ComparePosition(FactDiagnostic a, FactDiagnostic b)
    {
        var byLine = a.Line.CompareTo(b.Line);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = a.Column.CompareTo(b.Column);
        return byColumn != 0 ? byColumn : string.CompareOrdinal(a.Id, b.Id);
    }

    private static void AddUnattributedQuotes(ArticleAnalysis article, List<QuoteFact> quotes, List<FactDiagnostic> diagnostics)
    {
        foreach (var q in quotes)
        {
            if (q.Speaker is null && !q.Partial)
            {
                var e = q.Evidence[0];
                diagnostics.Add(new FactDiagnostic(DiagnosticIds.UnattributedQuote, FactSeverity.Info,
                    "No speaker could be attributed to this quotation.", article.Text.File, e.Line, e.Column, e.Length));
            }
        }
    }

    private static PersonFact ToFact(ArticleAnalysis article, PersonEntity person)
    {
        var mentions = new FactEvidence[person.Mentions.Count];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = article.EvidenceAt(person.Mentions[i].Start, person.Mentions[i].Length);
        }

        return new(
            person.Name,
            DistinctOrdinal(person.Aliases, person.Name),
            DistinctOrdinal(person.Titles, null),
            person.Role,
            new EquatableArray<FactEvidence>(mentions));
    }

    /// <summary>The distinct items (ordinal, first occurrence kept, in order), without <paramref name="except"/>.</summary>
    private static EquatableArray<string> DistinctOrdinal(IReadOnlyList<string> items, string? except)
    {
        if (items.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var kept = new string[items.Count];
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if ((except is null || item != except) && !ContainsOrdinal(kept, count, item))
            {
                kept[count++] = item;
            }
        }

        if (count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        if (count < kept.Length)
        {
            Array.Resize(ref kept, count);
        }

        return new EquatableArray<string>(kept);
    }

    private static bool ContainsOrdinal(string[] items, int count, string value)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(items[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
