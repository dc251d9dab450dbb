using System.Collections.Generic;

namespace FactGen.Extraction.People;

/// <summary>One person of one article while it is analysed; becomes a <see cref="PersonFact"/>.</summary>
internal sealed class PersonEntity
{
    public PersonEntity(string name) => Name = name;

    /// <summary>Canonical (longest full) name.</summary>
    public string Name { get; set; }

    public List<string> Aliases { get; } = new();

    public List<string> Titles { get; } = new();

    /// <summary>Mentions in text order.</summary>
    public List<PersonMention> Mentions { get; } = new();

    public PersonRole Role { get; set; } = PersonRole.Mentioned;

    /// <summary>'m', 'f' or null when unknown; used to resolve "he"/"she".</summary>
    public char? Gender { get; set; }
}

/// <summary>A place in the text that names (or refers to) a person.</summary>
/// <param name="Start">Offset of the mention.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="Surface">The text as written ("Premier Li").</param>
/// <param name="Entity">The person it refers to.</param>
internal sealed record PersonMention(int Start, int Length, string Surface, PersonEntity Entity);

/// <summary>All people of an article and their mentions, in text order.</summary>
internal sealed class PeopleIndex
{
    public List<PersonEntity> Entities { get; } = new();

    /// <summary>Every mention of every person, sorted by offset.</summary>
    public List<PersonMention> Mentions { get; } = new();

    /// <summary>The last mention that starts before <paramref name="offset"/>, or null.</summary>
    public PersonMention? LastMentionBefore(int offset)
    {
        PersonMention? last = null;
        foreach (var mention in Mentions)
        {
            if (mention.Start >= offset)
            {
                break;
            }

            last = mention;
        }

        return last;
    }
}
