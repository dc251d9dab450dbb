using System;
using System.Collections.Generic;
using FactGen.Extraction.People;

namespace FactGen.Extraction.Organizations;

/// <summary>
/// The organizations of one article, merged by name (case-insensitively, so a headline's "ACME" joins
/// "Acme") and by an acronym given in parentheses after the full name ("Acme Widgets (AW)").
/// </summary>
internal sealed class OrganizationSet
{
    // What the last set on this thread leaves behind, emptied, for the next article's set: every article would
    // otherwise grow its own name table and list, and make a new entry for every name.
    [ThreadStatic]
    private static Dictionary<string, Entry>? _freeByName;

    // The list that held the entries in order.
    [ThreadStatic]
    private static List<Entry>? _freeEntryList;

    // The entries themselves, to be filled again (their mention lists keep their room).
    [ThreadStatic]
    private static List<Entry>? _freeEntries;

    private const int MaxKeptEntries = 1024;
    private const int MaxKeptMentions = 64;

    private readonly NameContext _context;
    private readonly Dictionary<string, Entry> _byName;
    private readonly List<Entry> _entries;
    private readonly List<Entry> _spare;

    public OrganizationSet(NameContext context)
    {
        _context = context;
        _byName = _freeByName ?? new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        _freeByName = null;
        _spare = _freeEntries ?? new List<Entry>();
        _freeEntries = null;
        _entries = _freeEntryList ?? new List<Entry>();
        _freeEntryList = null;
        _entries.Clear();
    }

    public void Add(NameSpan span, OrganizationKind kind, OrganizationRole role)
    {
        var name = _context.TextOf(span);
        if (!_byName.TryGetValue(name, out var entry))
        {
            entry = NewEntry(name, kind);
            _entries.Add(entry);
            _byName[name] = entry;
        }

        if (role == OrganizationRole.Participant)
        {
            entry.Role = role;
        }

        // Mentions stay in text order, one per offset.
        var start = _context.StartOf(span);
        var at = entry.Mentions.Count;
        while (at > 0 && entry.Mentions[at - 1].Start > start)
        {
            at--;
        }

        if (at == 0 || entry.Mentions[at - 1].Start != start)
        {
            entry.Mentions.Insert(at, (start, _context.LengthOf(span)));
        }

        // "Acme Widgets (AW)": the acronym is another name of the same organization.
        var s = span.Sentence;
        if (span.End + 2 < _context.TokenCount(s) && _context.Word(s, span.End) == "(" && _context.Word(s, span.End + 2) == ")")
        {
            var acronym = _context.Word(s, span.End + 1);
            if (acronym.Length >= 2 && NameContext.IsAllUpper(acronym) && !_byName.ContainsKey(acronym))
            {
                (entry.Aliases ??= new List<string>()).Add(acronym);
                _byName[acronym] = entry;
            }
        }
    }

    /// <summary>The organizations found, in order of first mention. Called once, when the set is complete.</summary>
    public List<OrganizationFact> ToFacts()
    {
        var facts = new List<OrganizationFact>(_entries.Count);
        foreach (var e in _entries)
        {
            var evidence = new FactEvidence[e.Mentions.Count];
            for (var i = 0; i < evidence.Length; i++)
            {
                evidence[i] = _context.Article.EvidenceAt(e.Mentions[i].Start, e.Mentions[i].Length);
            }

            var aliases = e.Aliases is null ? EquatableArray<string>.Empty : new EquatableArray<string>(e.Aliases.ToArray());
            facts.Add(new OrganizationFact(e.Name, aliases, e.Kind, e.Role, new EquatableArray<FactEvidence>(evidence)));
        }

        // The set is done: its name table and entries go back to the thread, emptied, unless they grew very large.
        if (_byName.Count < 4096)
        {
            _byName.Clear();
            _freeByName = _byName;
        }

        foreach (var e in _entries)
        {
            if (_spare.Count < MaxKeptEntries && e.Mentions.Capacity <= MaxKeptMentions)
            {
                _spare.Add(e);
            }
        }

        _entries.Clear();
        if (_entries.Capacity <= MaxKeptEntries)
        {
            _freeEntryList = _entries;
        }

        _freeEntries = _spare;
        return facts;
    }

    /// <summary>An entry for a new name: a spare one of an earlier article, emptied, or a new one.</summary>
    private Entry NewEntry(string name, OrganizationKind kind)
    {
        if (_spare.Count == 0)
        {
            return new Entry(name, kind);
        }

        var entry = _spare[_spare.Count - 1];
        _spare.RemoveAt(_spare.Count - 1);
        entry.Reset(name, kind);
        return entry;
    }

    private sealed class Entry
    {
        public Entry(string name, OrganizationKind kind)
        {
            Name = name;
            Kind = kind;
        }

        public string Name { get; private set; }

        public OrganizationKind Kind { get; private set; }

        /// <summary>Makes a used entry a new one for <paramref name="name"/>.</summary>
        public void Reset(string name, OrganizationKind kind)
        {
            Name = name;
            Kind = kind;
            Role = default;
            Aliases = null;
            Mentions.Clear();
        }

        public OrganizationRole Role { get; set; }

        // Most organizations have no alias: the list is made on the first one.
        public List<string>? Aliases { get; set; }

        public List<(int Start, int Length)> Mentions { get; } = new();
    }
}
