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
        try
        {
            return Analyse(new ArticleAnalysis(text));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(file, DiagnosticIds.InternalError, FactSeverity.Warning,
                $"FactGen could not analyse this article ({ex.GetType().Name}: {ex.Message}); it contributes no facts.");
        }
    }

    /// <summary>
    /// Extracts the facts of an article from its raw bytes: UTF-8 (with or without BOM) or UTF-16 with BOM;
    /// anything else is read as Windows-1252 and reported as <see cref="DiagnosticIds.UnreadableFile"/>.
    /// </summary>
    public static DocumentFacts Extract(string file, byte[] bytes)
    {
        var contents = ArticleText.Decode(bytes, out var invalidUtf8);
        var facts = Extract(file, contents);
        if (invalidUtf8 is not { } at)
        {
            return facts;
        }

        var warning = new FactDiagnostic(DiagnosticIds.UnreadableFile, FactSeverity.Warning,
            "The article is not valid UTF-8 from here on (nor UTF-16 with a byte-order mark); it was read as Windows-1252. Save it as UTF-8 to silence this warning.",
            file, at.Line, at.Column, 1);
        return facts with { Diagnostics = new[] { warning }.Concat(facts.Diagnostics).ToEquatableArray() };
    }

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
        var findings = EventRecognizer.Recognize(article);
        var diagnostics = new List<FactDiagnostic>(findings.Diagnostics);
        diagnostics.AddRange(UnattributedQuotes(article, quotes));

        var personFacts = people.Entities.Select(p => ToFact(article, p)).ToList();
        if (personFacts.Count == 0 && organizations.Count == 0 && quotes.Count == 0 && findings.Events.Count == 0)
        {
            diagnostics.Add(new FactDiagnostic(DiagnosticIds.NoFacts, FactSeverity.Info,
                "No people, organizations, quotations or event facts were found in this article.", article.Text.File, 1, 1, 0));
        }

        return new DocumentFacts(
            DocumentInfoReader.Read(article),
            findings.Events.ToEquatableArray(),
            personFacts.ToEquatableArray(),
            organizations.ToEquatableArray(),
            quotes.ToEquatableArray(),
            findings.Dates.ToEquatableArray(),
            diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ToEquatableArray());
    }

    private static IEnumerable<FactDiagnostic> UnattributedQuotes(ArticleAnalysis article, IEnumerable<QuoteFact> quotes) =>
        quotes
            .Where(q => q.Speaker is null && !q.Partial)
            .Select(q => q.Evidence[0])
            .Select(e => new FactDiagnostic(DiagnosticIds.UnattributedQuote, FactSeverity.Info,
                "No speaker could be attributed to this quotation.", article.Text.File, e.Line, e.Column, e.Length));

    private static PersonFact ToFact(ArticleAnalysis article, PersonEntity person) =>
        new(
            person.Name,
            person.Aliases.Where(a => a != person.Name).Distinct(StringComparer.Ordinal).ToEquatableArray(),
            person.Titles.Distinct(StringComparer.Ordinal).ToEquatableArray(),
            person.Role,
            person.Mentions.Select(m => article.EvidenceAt(m.Start, m.Length)).ToEquatableArray());
}
