using System;
using System.Collections.Generic;

namespace FactGen;

/// <summary>An event the articles report on, consolidated across them.</summary>
public sealed record FactEvent
{
    /// <summary>Creates an event.</summary>
    public FactEvent(
        string name,
        IReadOnlyList<string> aliases,
        string? city,
        string? country,
        DateTime? startDate,
        DateTime? endDate,
        string? theme,
        IReadOnlyList<Figure> figures,
        IReadOnlyList<Evidence> evidence)
    {
        Name = name;
        Aliases = aliases;
        City = city;
        Country = country;
        StartDate = startDate;
        EndDate = endDate;
        Theme = theme;
        Figures = figures;
        Evidence = evidence;
    }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>Other names and short names.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The shortest alias (an acronym such as "WAIC" when there is one), else the name.</summary>
    public string ShortName
    {
        get
        {
            var shortest = Name;
            foreach (var alias in Aliases)
            {
                if (alias.Length < shortest.Length)
                {
                    shortest = alias;
                }
            }

            return shortest;
        }
    }

    /// <summary>Host city.</summary>
    public string? City { get; }

    /// <summary>Host country.</summary>
    public string? Country { get; }

    /// <summary>First day.</summary>
    public DateTime? StartDate { get; }

    /// <summary>Last day.</summary>
    public DateTime? EndDate { get; }

    /// <summary>The stated theme.</summary>
    public string? Theme { get; }

    /// <summary>Counted figures.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>Where the event is named.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>How many articles support this fact (distinct files among its evidence).</summary>
    public int DocumentCount => EvidenceCounting.Documents(Evidence);
}
