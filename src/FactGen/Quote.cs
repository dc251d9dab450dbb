using System.Collections.Generic;

namespace FactGen;

/// <summary>A direct quotation; near-identical wordings from several articles form one quote with variants.</summary>
public sealed record Quote
{
    /// <summary>Creates a quote.</summary>
    public Quote(string text, Person? speaker, string? speakerName, bool partial, IReadOnlyList<string> variants, IReadOnlyList<Evidence> evidence)
    {
        Text = text;
        Speaker = speaker;
        SpeakerName = speakerName ?? speaker?.Name;
        Partial = partial;
        Variants = variants;
        Evidence = evidence;
    }

    /// <summary>The quoted words.</summary>
    public string Text { get; }

    /// <summary>The speaker, when it is a known person.</summary>
    public Person? Speaker { get; }

    /// <summary>The speaker's name (a person or an organization), or null when unattributed.</summary>
    public string? SpeakerName { get; }

    /// <summary>True for a fragment woven into the reporter's sentence.</summary>
    public bool Partial { get; }

    /// <summary>Other wordings of the same quotation in other articles.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>Every place the quotation stands.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>How many articles support this fact (distinct files among its evidence).</summary>
    public int DocumentCount => EvidenceCounting.Documents(Evidence);

    /// <summary>The quote in quotation marks, with its speaker.</summary>
    public override string ToString() => SpeakerName is null ? $"\u201C{Text}\u201D" : $"\u201C{Text}\u201D \u2014 {SpeakerName}";
}
