namespace FactGen.Extraction.People;

/// <summary>What the name lexicons say about a whole phrase ("Bank of England", "New York").</summary>
internal sealed class PhraseFacts
{
    /// <summary>A known company.</summary>
    public bool IsCompany { get; set; }

    /// <summary>A known news outlet.</summary>
    public bool IsMedia { get; set; }

    /// <summary>A known news outlet once "The " goes before it ("Times" of "The Times").</summary>
    public bool IsMediaAfterThe { get; set; }

    /// <summary>"country", "region", "city", "demonym", or null.</summary>
    public string? PlaceKind { get; set; }
}
