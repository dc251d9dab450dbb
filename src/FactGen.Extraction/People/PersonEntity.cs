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

    /// <summary>
    /// The person a written name refers to: its canonical name, an alias, or its surname
    /// ("Li Qiang", "Premier Li", "Li"); titles before the name are ignored. Null when none.
    /// </summary>
    public PersonEntity? FindByName(string surface)
    {
        foreach (var entity in Entities)
        {
            if (entity.Name == surface || entity.Aliases.Contains(surface))
            {
                return entity;
            }
        }

        var last = LastWord(surface);
        foreach (var entity in Entities)
        {
            if (LastWord(entity.Name) == last)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// The person named <paramref name="surface"/> (see <see cref="FindByName"/>), or a new one;
    /// records the mention either way. Used by recognisers that find a name the others missed.
    /// </summary>
    public PersonEntity GetOrAdd(string surface, int start, int length)
    {
        var entity = FindByName(surface);
        if (entity is null)
        {
            entity = new PersonEntity(surface);
            Entities.Add(entity);
        }
        else if (surface != entity.Name && !entity.Aliases.Contains(surface))
        {
            entity.Aliases.Add(surface);
        }

        AddMention(new PersonMention(start, length, surface, entity));
        return entity;
    }

    /// <summary>Adds a mention, keeping <see cref="Mentions"/> sorted and free of duplicates.</summary>
    public void AddMention(PersonMention mention)
    {
        var i = Mentions.Count;
        while (i > 0 && Mentions[i - 1].Start > mention.Start)
        {
            i--;
        }

        if (i > 0 && Mentions[i - 1].Start == mention.Start)
        {
            return;
        }

        Mentions.Insert(i, mention);
        mention.Entity.Mentions.Add(mention);
        mention.Entity.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static string LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name.Substring(space + 1);
    }

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
