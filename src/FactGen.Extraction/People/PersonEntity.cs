using System;
using System.Collections.Generic;

namespace FactGen.Extraction.People;

/// <summary>One person of one article while it is analysed; becomes a <see cref="PersonFact"/>.</summary>
internal sealed class PersonEntity
{
    public PersonEntity(string name) => Name = name;

    /// <summary>Canonical (longest full) name.</summary>
    public string Name { get; set; }

    // Most people have no alias and no title: the lists are made on the first one.
    private List<string>? _aliases;
    private List<string>? _titles;

    public IReadOnlyList<string> Aliases => (IReadOnlyList<string>?)_aliases ?? Array.Empty<string>();

    public IReadOnlyList<string> Titles => (IReadOnlyList<string>?)_titles ?? Array.Empty<string>();

    public bool HasAlias(string alias) => _aliases is not null && _aliases.Contains(alias);

    public bool HasTitle(string title) => _titles is not null && _titles.Contains(title);

    public void AddAlias(string alias) => (_aliases ??= new List<string>()).Add(alias);

    public void AddTitle(string title) => (_titles ??= new List<string>()).Add(title);

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

    /// <summary>An index with an empty mention list of its own.</summary>
    public PeopleIndex()
        : this(new List<PersonMention>())
    {
    }

    /// <summary>An index that keeps its mentions in <paramref name="mentions"/> (emptied here): a list reused between articles.</summary>
    public PeopleIndex(List<PersonMention> mentions)
    {
        mentions.Clear();
        Mentions = mentions;
    }

    /// <summary>Every mention of every person, sorted by offset.</summary>
    public List<PersonMention> Mentions { get; }

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
            if (entity.Name == surface || entity.HasAlias(surface))
            {
                return entity;
            }
        }

        // A surname ("Schmidt"), or the family name written first ("Li" of "Li Qiang").
        var oneWord = surface.IndexOf(' ') < 0;
        return Nearest(surface, oneWord ? NameFit.Surname : NameFit.NameEnd, offset)
            ?? (oneWord ? Nearest(surface, NameFit.FamilyNameFirst, offset) : null);
    }

    /// <summary>How a short name may fit a full one.</summary>
    private enum NameFit
    {
        /// <summary>A single word that is the full name's last word.</summary>
        Surname,

        /// <summary>Several words that end the full name after a space.</summary>
        NameEnd,

        /// <summary>A single word that is the first word of a name of several words.</summary>
        FamilyNameFirst,
    }

    private static bool Fits(string name, string surface, NameFit fit)
    {
        switch (fit)
        {
            case NameFit.Surname:
                // The last word of the name equals the surface.
                var lastStart = name.LastIndexOf(' ') + 1;
                return name.Length - lastStart == surface.Length && string.CompareOrdinal(name, lastStart, surface, 0, surface.Length) == 0;
            case NameFit.NameEnd:
                // The name ends with " " + surface (whose last word is then the name's last word too).
                return name.Length > surface.Length && name[name.Length - surface.Length - 1] == ' ' &&
                       string.CompareOrdinal(name, name.Length - surface.Length, surface, 0, surface.Length) == 0;
            default:
                var space = name.IndexOf(' ');
                return space == surface.Length && string.CompareOrdinal(name, 0, surface, 0, space) == 0;
        }
    }

    private PersonEntity? Nearest(string surface, NameFit fit, int offset)
    {
        PersonEntity? best = null;
        var bestStart = int.MinValue;
        var bestCount = -1;
        foreach (var entity in Entities)
        {
            if (!Fits(entity.Name, surface, fit))
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

    /// <summary>The surface without the title words, honorifics, places and modifiers before its last word.</summary>
    private static string WithoutTitles(string surface)
    {
        var table = WordTable.Current;
        var start = 0;
        for (var space = surface.IndexOf(' '); space >= 0; space = surface.IndexOf(' ', start))
        {
            var word = table.Get(surface, start, space - start);
            if (!(word.IsTitleWord || word.IsHonorific || word.IsPlace || word.IsTitleModifier))
            {
                break;
            }

            start = space + 1;
        }

        return start == 0 ? surface : surface.Substring(start);
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
        else if (surface != entity.Name && !entity.HasAlias(surface))
        {
            entity.AddAlias(surface);
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

        // Offsets are unique among all mentions, so inserting in order is the same as sorting.
        var own = mention.Entity.Mentions;
        var j = own.Count;
        while (j > 0 && own[j - 1].Start > mention.Start)
        {
            j--;
        }

        own.Insert(j, mention);
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
