using System;
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

    /// <summary>The analysis context the recogniser built, shared with the organization recogniser.</summary>
    public NameContext? Context { get; set; }

    /// <summary>
    /// The person a written name refers to: its canonical name, an alias, or its surname
    /// ("Li Qiang", "Premier Li", "Li"); titles before the name are ignored. Null when none.
    /// </summary>
    public PersonEntity? FindByName(string surface) => FindByName(surface, int.MaxValue);

    /// <summary>
    /// As <see cref="FindByName(string)"/>; when a short name fits several people, the one mentioned
    /// last before <paramref name="offset"/> wins.
    /// </summary>
    public PersonEntity? FindByName(string surface, int offset)
    {
        surface = WithoutTitles(surface.Trim());
        if (surface.Length == 0)
        {
            return null;
        }

        foreach (var entity in Entities)
        {
            if (entity.Name == surface || entity.Aliases.Contains(surface))
            {
                return entity;
            }
        }

        // A surname ("Schmidt"), or the family name written first ("Li" of "Li Qiang").
        var words = surface.Split(' ');
        var last = words[words.Length - 1];
        return Nearest(e => LastWord(e.Name) == last && (words.Length == 1 || e.Name.EndsWith(" " + surface, StringComparison.Ordinal)), offset)
            ?? (words.Length == 1 ? Nearest(e => FirstWord(e.Name) == surface && e.Name.IndexOf(' ') > 0, offset) : null);
    }

    private PersonEntity? Nearest(Func<PersonEntity, bool> fits, int offset)
    {
        PersonEntity? best = null;
        var bestStart = int.MinValue;
        var bestCount = -1;
        foreach (var entity in Entities)
        {
            if (!fits(entity))
            {
                continue;
            }

            // The most prominent so far wins (most mentions), then the most recent.
            var start = int.MinValue + 1;
            var count = 0;
            foreach (var mention in entity.Mentions)
            {
                if (mention.Start < offset)
                {
                    start = mention.Start;
                    count++;
                }
            }

            if (best is null || count > bestCount || (count == bestCount && start > bestStart))
            {
                best = entity;
                bestStart = start;
                bestCount = count;
            }
        }

        return best;
    }

    private static string WithoutTitles(string surface)
    {
        var words = surface.Split(' ');
        var first = 0;
        while (first < words.Length - 1 &&
               (NameLexicons.IsTitleWord(words[first]) || NameLexicons.IsHonorific(words[first], out _) || NameLexicons.IsPlace(words[first]) ||
                NameLexicons.TitleModifiers.Contains(words[first])))
        {
            first++;
        }

        return string.Join(" ", words, first, words.Length - first);
    }

    private static string FirstWord(string name)
    {
        var space = name.IndexOf(' ');
        return space < 0 ? name : name.Substring(0, space);
    }

    /// <summary>
    /// The person named <paramref name="surface"/> (see <see cref="FindByName(string)"/>), or a new one;
    /// records the mention either way. Used by recognisers that find a name the others missed.
    /// </summary>
    public PersonEntity GetOrAdd(string surface, int start, int length)
    {
        var entity = FindByName(surface, start);
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
