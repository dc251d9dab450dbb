using System.Collections.Generic;

namespace FactGen;

/// <summary>An organization named in the articles, consolidated across them.</summary>
public sealed record Organization
{
    /// <summary>Creates an organization.</summary>
    public Organization(string name, IReadOnlyList<string> aliases, OrganizationKind kind, OrganizationRole role, IReadOnlyList<Evidence> evidence)
    {
        Name = name;
        Aliases = aliases;
        Kind = kind;
        Role = role;
        Evidence = evidence;
    }

    /// <summary>Canonical name.</summary>
    public string Name { get; }

    /// <summary>Other names.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Company, government, media, party, sport or other.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>Participant or mentioned.</summary>
    public OrganizationRole Role { get; }

    /// <summary>Every mention.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>How many articles support this fact (distinct files among its evidence).</summary>
    public int DocumentCount => EvidenceCounting.Documents(Evidence);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
