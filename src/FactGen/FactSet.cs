using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen;

/// <summary>All facts of a corpus of articles, with small queries over them.</summary>
public sealed class FactSet
{
    /// <summary>Creates a fact set and links every quote to its speaker's <see cref="Person.Quotes"/>.</summary>
    public FactSet(
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyList<FactEvent> events,
        IReadOnlyList<Person> people,
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<Quote> quotes)
    {
        Documents = documents ?? throw new ArgumentNullException(nameof(documents));
        Events = events ?? throw new ArgumentNullException(nameof(events));
        People = people ?? throw new ArgumentNullException(nameof(people));
        Organizations = organizations ?? throw new ArgumentNullException(nameof(organizations));
        Quotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
        foreach (var person in people)
        {
            person.AttachQuotes(quotes.Where(q => ReferenceEquals(q.Speaker, person)).ToArray());
        }
    }

    /// <summary>The source articles.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The events.</summary>
    public IReadOnlyList<FactEvent> Events { get; }

    /// <summary>Every person.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Every organization.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Every quotation.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>People who spoke.</summary>
    public IEnumerable<Person> Speakers => People.Where(p => p.Role == PersonRole.Speaker);

    /// <summary>Companies that take part in the event.</summary>
    public IEnumerable<Organization> ParticipatingFirms =>
        Organizations.Where(o => o.Kind == OrganizationKind.Company && o.Role == OrganizationRole.Participant);

    /// <summary>The quotations of the speaker whose name or alias is <paramref name="name"/> (case-insensitive).</summary>
    public IEnumerable<Quote> QuotesBy(string name) =>
        Quotes.Where(q => q.SpeakerName is not null &&
            (Same(q.SpeakerName, name) || (q.Speaker?.Aliases.Any(a => Same(a, name)) ?? false)));

    /// <summary>The quotations attributed to <paramref name="person"/>.</summary>
    public IEnumerable<Quote> QuotesBy(Person person)
    {
        if (person is null)
        {
            throw new ArgumentNullException(nameof(person));
        }

        return Quotes.Where(q => ReferenceEquals(q.Speaker, person) || (q.Speaker is null && q.SpeakerName is not null && Names(person.Name, person.Aliases, q.SpeakerName)));
    }

    /// <summary>The quotations whose speaker is <paramref name="organization"/> (a statement by a company or body).</summary>
    public IEnumerable<Quote> QuotesBy(Organization organization)
    {
        if (organization is null)
        {
            throw new ArgumentNullException(nameof(organization));
        }

        return Quotes.Where(q => q.Speaker is null && q.SpeakerName is not null && Names(organization.Name, organization.Aliases, q.SpeakerName));
    }

    /// <summary>The source article named <paramref name="file"/> (as its evidence names it), or null.</summary>
    public SourceDocument? Document(string file) =>
        Documents.FirstOrDefault(d => string.Equals(d.File, file, StringComparison.Ordinal));

    /// <summary>The people with at least one mention in <paramref name="file"/>.</summary>
    public IEnumerable<Person> PeopleIn(string file) => People.Where(p => Cites(p.Evidence, file));

    /// <summary>The organizations with at least one mention in <paramref name="file"/>.</summary>
    public IEnumerable<Organization> OrganizationsIn(string file) => Organizations.Where(o => Cites(o.Evidence, file));

    /// <summary>The quotations that stand in <paramref name="file"/>.</summary>
    public IEnumerable<Quote> QuotesIn(string file) => Quotes.Where(q => Cites(q.Evidence, file));

    /// <summary>The person whose name or alias is <paramref name="name"/>, or null.</summary>
    public Person? FindPerson(string name) =>
        People.FirstOrDefault(p => Same(p.Name, name)) ?? People.FirstOrDefault(p => p.Aliases.Any(a => Same(a, name)));

    /// <summary>The organization whose name or alias is <paramref name="name"/>, or null.</summary>
    public Organization? FindOrganization(string name) =>
        Organizations.FirstOrDefault(o => Same(o.Name, name)) ?? Organizations.FirstOrDefault(o => o.Aliases.Any(a => Same(a, name)));

    /// <summary>Quotations whose sentence names the organization <paramref name="name"/> (or one of its aliases).</summary>
    public IEnumerable<Quote> QuotesMentioning(string name)
    {
        var organization = FindOrganization(name);
        var names = organization is null ? new[] { name } : new[] { organization.Name }.Concat(organization.Aliases).ToArray();
        return Quotes.Where(q => names.Any(n => q.Text.IndexOf(n, StringComparison.OrdinalIgnoreCase) >= 0));
    }

    /// <summary>Everything one article contributed: people, organizations and quotes with evidence in <paramref name="file"/>.</summary>
    public FactSet FromDocument(string file)
    {
        bool Cites(IReadOnlyList<Evidence> evidence) => evidence.Any(e => string.Equals(e.File, file, StringComparison.Ordinal));
        return new FactSet(
            Documents.Where(d => string.Equals(d.File, file, StringComparison.Ordinal)).ToArray(),
            Events.Where(e => Cites(e.Evidence)).ToArray(),
            People.Where(p => Cites(p.Evidence)).ToArray(),
            Organizations.Where(o => Cites(o.Evidence)).ToArray(),
            Quotes.Where(q => Cites(q.Evidence)).ToArray(),
            linkQuotes: false);
    }

    private FactSet(
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyList<FactEvent> events,
        IReadOnlyList<Person> people,
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<Quote> quotes,
        bool linkQuotes)
    {
        // A view over an existing set: the people keep the quote lists of the full set.
        _ = linkQuotes;
        Documents = documents;
        Events = events;
        People = people;
        Organizations = organizations;
        Quotes = quotes;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Names(string name, IReadOnlyList<string> aliases, string wanted) => Same(name, wanted) || aliases.Any(a => Same(a, wanted));

    private static bool Cites(IReadOnlyList<Evidence> evidence, string file) =>
        evidence.Any(e => string.Equals(e.File, file, StringComparison.Ordinal));
}
