using System;
using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>One person of one article while it is analysed; becomes a <see cref="PersonFact"/>.</summary>
internal sealed class PersonEntity
{
    public PersonEntity(string name) => Name = name;

    /// <summary>Makes a person of an earlier article a new one named <paramref name="name"/>; its lists keep their room.</summary>
    public void Reset(string name)
    {
        Name = name;
        _aliases?.Clear();
        _titles?.Clear();
        Owner = null;
        Position = 0;
        Dropped = false;
        Mentions.Clear();
        Role = PersonRole.Mentioned;
        Gender = null;
    }

    /// <summary>True when <see cref="Reset"/> may give this person to a later article: its lists are not unusually large.</summary>
    internal bool WorthKeeping => Mentions.Capacity <= 256 && (_aliases?.Capacity ?? 0) <= 64 && (_titles?.Capacity ?? 0) <= 64;

    /// <summary>Canonical (longest full) name.</summary>
    public string Name { get; set; }

    // Most people have no alias and no title: the lists are made on the first one.
    private List<string>? _aliases;
    private List<string>? _titles;

    public IReadOnlyList<string> Aliases => (IReadOnlyList<string>?)_aliases ?? Array.Empty<string>();

    public IReadOnlyList<string> Titles => (IReadOnlyList<string>?)_titles ?? Array.Empty<string>();

    public bool HasAlias(string alias) => _aliases is not null && _aliases.Contains(alias);

    public bool HasTitle(string title) => _titles is not null && _titles.Contains(title);

    public void AddAlias(string alias)
    {
        (_aliases ??= new List<string>()).Add(alias);
        Owner?.AliasAdded(this, alias);
    }

    /// <summary>The index that lists this person, told of new aliases so its name lookup stays exact.</summary>
    internal PeopleIndex? Owner { get; set; }

    /// <summary>This person's position in <see cref="PeopleIndex.Entities"/> when the index last looked.</summary>
    internal int Position { get; set; }

    /// <summary>True once the non-person filter has taken this "person" out of the index.</summary>
    internal bool Dropped { get; set; }

    public void AddTitle(string title) => (_titles ??= new List<string>()).Add(title);

    /// <summary>Mentions in text order.</summary>
    public List<PersonMention> Mentions { get; } = new();

    public PersonRole Role { get; set; } = PersonRole.Mentioned;

    /// <summary>'m', 'f' or null when unknown; used to resolve "he"/"she".</summary>
    public char? Gender { get; set; }
}

/// <summary>
/// A place in the text that names (or refers to) a person. A class the people index refills for later
/// articles on the thread (see <see cref="PeopleIndex.NewMention"/>), so nothing may keep one past its article.
/// </summary>
internal sealed class PersonMention
{
    /// <param name="start">Offset of the mention.</param>
    /// <param name="length">Length of the mention.</param>
    /// <param name="surface">The text as written ("Premier Li").</param>
    /// <param name="entity">The person it refers to.</param>
    public PersonMention(int start, int length, string surface, PersonEntity entity) => Set(start, length, surface, entity);

    /// <summary>Offset of the mention.</summary>
    public int Start { get; private set; }

    /// <summary>Length of the mention.</summary>
    public int Length { get; private set; }

    /// <summary>The text as written ("Premier Li").</summary>
    public string Surface { get; private set; } = string.Empty;

    /// <summary>The person it refers to.</summary>
    public PersonEntity Entity { get; private set; } = null!;

    /// <summary>Makes this mention another one (a mention of an earlier article, reused).</summary>
    public void Set(int start, int length, string surface, PersonEntity entity)
    {
        Start = start;
        Length = length;
        Surface = surface;
        Entity = entity;
    }
}

/// <summary>All people of an article and their mentions, in text order.</summary>
internal sealed class PeopleIndex
{
    public List<PersonEntity> Entities { get; }

    /// <summary>An index with an empty mention list of its own.</summary>
    public PeopleIndex()
        : this(null, new List<PersonMention>(), null, null)
    {
    }

    /// <summary>
    /// An index that keeps its people in <paramref name="entities"/> and its mentions in <paramref name="mentions"/>
    /// (both emptied here; lists reused between articles), and makes new people and mentions from the spare ones.
    /// </summary>
    public PeopleIndex(List<PersonEntity>? entities, List<PersonMention> mentions, List<PersonEntity>? spare, List<PersonMention>? spareMentions)
    {
        entities?.Clear();
        Entities = entities ?? new List<PersonEntity>();
        mentions.Clear();
        Mentions = mentions;
        _spare = spare;
        _spareMentions = spareMentions;
    }

    private readonly List<PersonMention>? _spareMentions;

    /// <summary>A mention for <see cref="AddMention"/>: a spare one of an earlier article, refilled, or a new one.</summary>
    public PersonMention NewMention(int start, int length, string surface, PersonEntity entity)
    {
        if (_spareMentions is not { Count: > 0 } spare)
        {
            return new PersonMention(start, length, surface, entity);
        }

        var mention = spare[spare.Count - 1];
        spare.RemoveAt(spare.Count - 1);
        mention.Set(start, length, surface, entity);
        return mention;
    }

    private readonly List<PersonEntity>? _spare;

    private const int MaxSparePeople = 1024;

    private const int MaxSpareMentions = 8192;

    /// <summary>
    /// The article is done and its facts hold no person or mention: they join the spare lists the thread's next
    /// article makes its people and mentions from (up to a bound). An index made without spare lists keeps nothing.
    /// </summary>
    public void ReturnToSpares()
    {
        if (_spare is { } spare)
        {
            foreach (var person in Entities)
            {
                if (spare.Count < MaxSparePeople && person.WorthKeeping)
                {
                    spare.Add(person);
                }
            }
        }

        if (_spareMentions is { } spareMentions)
        {
            foreach (var mention in Mentions)
            {
                if (spareMentions.Count >= MaxSpareMentions)
                {
                    break;
                }

                spareMentions.Add(mention);
            }
        }
    }

    // The thread's work meter, kept: the index adds steps on every lookup and mention.
    private readonly Meter _meter = WorkMeter.Current;

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

        // The first person (in Entities order) whose name or an alias is the surface.
        if (EnsureLookup())
        {
            if (_exact!.TryGetValue(surface, out var position))
            {
                return Entities[position];
            }
        }
        else
        {
            _meter.Add(Entities.Count);
            foreach (var entity in Entities)
            {
                if (entity.Name == surface || entity.HasAlias(surface))
                {
                    return entity;
                }
            }
        }

        // A surname ("Schmidt"), or the family name written first ("Li" of "Li Qiang").
        var oneWord = surface.IndexOf(' ') < 0;
        return Nearest(surface, oneWord ? NameFit.Surname : NameFit.NameEnd, offset)
            ?? (oneWord ? Nearest(surface, NameFit.FamilyNameFirst, offset) : null);
    }

    // Lookup tables over Entities, so finding a name costs the same with 10 people or 10,000: name or alias
    // to the first person that has it, and last or first word of the name to the people (in order) with it.
    // An article with few people (nearly all) is searched directly instead: no tables, no allocations.
    private Dictionary<string, int>? _exact;
    private Dictionary<string, List<int>>? _byLastWord;
    private Dictionary<string, List<int>>? _byFirstWord;
    private int _lookupCount = -1;

    /// <summary>Up to this many people a lookup scans them all (a bounded cost); past it, the tables are built.</summary>
    private const int ScanLimit = 32;

    /// <summary>
    /// The one person whose name has several words and starts with the word <paramref name="word"/>;
    /// null when none or several do.
    /// </summary>
    public PersonEntity? OnlyWithFirstWord(string word)
    {
        if (EnsureLookup())
        {
            return _byFirstWord!.TryGetValue(word, out var positions) && positions.Count == 1 ? Entities[positions[0]] : null;
        }

        _meter.Add(Entities.Count);
        PersonEntity? found = null;
        foreach (var entity in Entities)
        {
            if (Fits(entity.Name, word, NameFit.FamilyNameFirst))
            {
                if (found is not null)
                {
                    return null;
                }

                found = entity;
            }
        }

        return found;
    }

    /// <summary>
    /// True when the tables are in use: built (again, when Entities changed behind the index, as when a
    /// filter removed people) once there are more people than a scan should cover.
    /// </summary>
    private bool EnsureLookup()
    {
        if (_lookupCount == Entities.Count)
        {
            return true;
        }

        if (Entities.Count <= ScanLimit)
        {
            _lookupCount = -1;
            return false;
        }

        _exact ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _byLastWord ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _byFirstWord ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _exact.Clear();
        _byLastWord.Clear();
        _byFirstWord.Clear();
        for (var i = 0; i < Entities.Count; i++)
        {
            Register(i);
        }

        _lookupCount = Entities.Count;
        _meter.Add(Entities.Count);
        return true;
    }

    private void Register(int position)
    {
        var entity = Entities[position];
        entity.Owner = this;
        entity.Position = position;
        AddExact(entity.Name, position);
        foreach (var alias in entity.Aliases)
        {
            AddExact(alias, position);
        }

        var name = entity.Name;
        AddTo(_byLastWord!, name.Substring(name.LastIndexOf(' ') + 1), position);
        var space = name.IndexOf(' ');
        if (space > 0)
        {
            AddTo(_byFirstWord!, name.Substring(0, space), position);
        }
    }

    private void AddExact(string key, int position)
    {
        if (!_exact!.TryGetValue(key, out var known) || position < known)
        {
            _exact[key] = position;
        }
    }

    private static void AddTo(Dictionary<string, List<int>> table, string key, int position)
    {
        if (!table.TryGetValue(key, out var positions))
        {
            table[key] = positions = new List<int>();
        }

        positions.Add(position);
    }

    /// <summary>Called by <see cref="PersonEntity.AddAlias"/>.</summary>
    internal void AliasAdded(PersonEntity entity, string alias)
    {
        if (_lookupCount == Entities.Count && entity.Position < Entities.Count && ReferenceEquals(Entities[entity.Position], entity))
        {
            AddExact(alias, entity.Position);
        }
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
        List<int>? positions = null;
        if (EnsureLookup())
        {
            // Only a name with the surface's last word (or, family name first, its first word) can fit.
            var table = fit == NameFit.FamilyNameFirst ? _byFirstWord! : _byLastWord!;
            if (!table.TryGetValue(fit == NameFit.FamilyNameFirst ? surface : surface.Substring(surface.LastIndexOf(' ') + 1), out positions))
            {
                return null;
            }
        }

        PersonEntity? best = null;
        var bestStart = int.MinValue;
        var bestCount = -1;
        var count = positions?.Count ?? Entities.Count;
        for (var i = 0; i < count; i++)
        {
            var entity = Entities[positions is null ? i : positions[i]];
            if (!Fits(entity.Name, surface, fit))
            {
                continue;
            }

            // The most prominent so far wins (most mentions), then the most recent.
            var before = CountBefore(entity.Mentions, offset);
            var start = before == 0 ? int.MinValue + 1 : entity.Mentions[before - 1].Start;
            if (best is null || before > bestCount || (before == bestCount && start > bestStart))
            {
                best = entity;
                bestStart = start;
                bestCount = before;
            }
        }

        _meter.Add(count);
        return best;
    }

    /// <summary>How many of the <paramref name="mentions"/> (sorted by start) start before <paramref name="offset"/>: a binary search.</summary>
    private static int CountBefore(List<PersonMention> mentions, int offset)
    {
        var low = 0;
        var high = mentions.Count;
        while (low < high)
        {
            var mid = low + ((high - low) >> 1);
            if (mentions[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
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
            var tables = EnsureLookup();
            entity = NewEntity(surface);
            Entities.Add(entity);
            if (tables)
            {
                Register(Entities.Count - 1);
                _lookupCount = Entities.Count;
            }
        }
        else if (surface != entity.Name && !entity.HasAlias(surface))
        {
            entity.AddAlias(surface);
        }

        AddMention(NewMention(start, length, surface, entity));
        return entity;
    }

    private PersonEntity NewEntity(string name)
    {
        if (_spare is not { Count: > 0 } spare)
        {
            return new PersonEntity(name);
        }

        var entity = spare[spare.Count - 1];
        spare.RemoveAt(spare.Count - 1);
        entity.Reset(name);
        return entity;
    }

    /// <summary>Adds a mention, keeping <see cref="Mentions"/> sorted and free of duplicates.</summary>
    public void AddMention(PersonMention mention)
    {
        // Offsets are unique among all mentions: the place after every earlier start is the sorted place.
        var i = CountBefore(Mentions, mention.Start + 1);
        if (i > 0 && Mentions[i - 1].Start == mention.Start)
        {
            return;
        }

        Mentions.Insert(i, mention);
        var own = mention.Entity.Mentions;
        var j = CountBefore(own, mention.Start + 1);
        own.Insert(j, mention);

        // An insertion shifts the later mentions (a block copy: about a quarter of a loop step per item).
        _meter.Add((Mentions.Count - i + own.Count - j) / 4);
        _longestMention = Math.Max(_longestMention, mention.Length);
    }

    private int _longestMention;

    /// <summary>True when some mention covers <paramref name="offset"/>; looks only at mentions that start close enough before it.</summary>
    public bool Covers(int offset)
    {
        var steps = 0;
        for (var i = CountBefore(Mentions, offset + 1) - 1; i >= 0 && Mentions[i].Start > offset - _longestMention - 1; i--)
        {
            steps++;
            if (offset < Mentions[i].Start + Mentions[i].Length)
            {
                _meter.Add(steps);
                return true;
            }
        }

        _meter.Add(steps);
        return false;
    }

    /// <summary>How many mentions start before <paramref name="offset"/> (they come first in <see cref="Mentions"/>).</summary>
    public int CountBefore(int offset) => CountBefore(Mentions, offset);
}
