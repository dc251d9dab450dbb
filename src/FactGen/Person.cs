using System;
using System.Collections.Generic;

namespace FactGen;

/// <summary>A person named in the articles, consolidated across them.</summary>
public sealed record Person
{
    private IReadOnlyList<Quote> _quotes = Array.Empty<Quote>();

    /// <summary>Creates a person.</summary>
    public Person(string name, IReadOnlyList<string> aliases, IReadOnlyList<string> titles, PersonRole role, IReadOnlyList<Evidence> evidence)
    {
        Name = name;
        Aliases = aliases;
        Titles = titles;
        Role = role;
        Evidence = evidence;
    }

    /// <summary>Canonical full name.</summary>
    public string Name { get; }

    /// <summary>Other forms of the name ("Premier Li", "Li").</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Titles and roles ("Premier").</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Speaker, absent or mentioned.</summary>
    public PersonRole Role { get; }

    /// <summary>Every mention.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>How many articles support this fact (distinct files among its evidence).</summary>
    public int DocumentCount => EvidenceCounting.Documents(Evidence);

    /// <summary>The person's direct quotations (filled in by the <see cref="FactSet"/> that holds them).</summary>
    public IReadOnlyList<Quote> Quotes => _quotes;

    internal void AttachQuotes(IReadOnlyList<Quote> quotes) => _quotes = quotes;

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
