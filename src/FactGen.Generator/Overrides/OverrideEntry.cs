using FactGen.Generator.Model;

namespace FactGen.Generator.Overrides;

/// <summary>What an override line does.</summary>
internal enum OverrideVerb
{
    /// <summary>Merge other entities into one (their names become aliases).</summary>
    Merge,

    /// <summary>Add other names to an entity without merging anything.</summary>
    Alias,

    /// <summary>Remove an entity or a quotation.</summary>
    Drop,

    /// <summary>Give an entity a new canonical name (the old one becomes an alias).</summary>
    Rename,

    /// <summary>Set a person's or organization's role.</summary>
    Role,

    /// <summary>Set an organization's kind.</summary>
    Kind,

    /// <summary>Set a person's titles.</summary>
    Title,

    /// <summary>Pin an event field to a value.</summary>
    Pin,
}

/// <summary>What an override line applies to.</summary>
internal enum OverrideTarget
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization.</summary>
    Organization,

    /// <summary>A quotation.</summary>
    Quote,

    /// <summary>The event.</summary>
    Event,
}

/// <summary>One parsed override line.</summary>
/// <param name="Verb">What to do.</param>
/// <param name="Target">What to do it to.</param>
/// <param name="Name">The entity's name, the quotation's words, or the event field.</param>
/// <param name="Value">The text after '=', or null when the verb takes none.</param>
/// <param name="Location">Where the line stands (for FG0008), as a diagnostic template.</param>
internal sealed record OverrideEntry(OverrideVerb Verb, OverrideTarget Target, string Name, string? Value, DiagnosticInfo Location)
{
    /// <summary>The values of a list value ("a; b; c").</summary>
    public string[] Values() =>
        (Value ?? string.Empty).Split(new[] { ';' }, System.StringSplitOptions.RemoveEmptyEntries) is var parts
            ? System.Array.ConvertAll(parts, p => p.Trim())
            : System.Array.Empty<string>();
}
