using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Extraction.Events;

namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Merges the events of many articles: same name or alias, or variants of one name (same acronym
/// and final word, the shorter's words all in the longer: "Nordic ML Expo" and "Nordic
/// Machine Learning Expo"), never across different years. Each field takes the value
/// most articles state; a field stated differently becomes a <see cref="DiagnosticIds.ConflictingFacts"/>
/// diagnostic at the minority value's evidence.
/// </summary>
internal static class EventMerger
{
    public static List<EventFact> Merge(IReadOnlyList<DocumentFacts> documents, List<FactDiagnostic> diagnostics) => Merge(documents, diagnostics, null);

    /// <summary>
    /// Merges events; with a <paramref name="memo"/>, each document's names and index keys are made once per document
    /// object, and a group with the very same event objects (of the same documents) as last run takes last run's event.
    /// </summary>
    public static List<EventFact> Merge(IReadOnlyList<DocumentFacts> documents, List<FactDiagnostic> diagnostics, EventMemo? memo)
    {
        if (memo?.Last is { } last && SameEvents(last.Documents, documents))
        {
            // Merging reads only each document's file, events and dates: all as last run's, so is the result.
            diagnostics.AddRange(last.Conflicts);
            memo.Last = (CopyOf(documents), last.Events, last.Conflicts);
            return new List<EventFact>(last.Events);
        }

        var reportedBefore = diagnostics.Count;
        var merged = MergeAll(documents, diagnostics, memo);
        if (memo is not null)
        {
            memo.Last = (CopyOf(documents), merged.ToArray(), diagnostics.GetRange(reportedBefore, diagnostics.Count - reportedBefore).ToArray());
        }

        return merged;
    }

    /// <summary>True when every document has the file, events and dates (by value) of last run's document at its place.</summary>
    private static bool SameEvents(DocumentFacts[] last, IReadOnlyList<DocumentFacts> documents)
    {
        if (last.Length != documents.Count)
        {
            return false;
        }

        for (var d = 0; d < last.Length; d++)
        {
            var (a, b) = (last[d], documents[d]);
            if (!ReferenceEquals(a, b) && (a.Document.File != b.Document.File || !a.Events.Equals(b.Events) || !a.Dates.Equals(b.Dates)))
            {
                return false;
            }
        }

        return true;
    }

    private static DocumentFacts[] CopyOf(IReadOnlyList<DocumentFacts> documents)
    {
        var copy = new DocumentFacts[documents.Count];
        for (var d = 0; d < copy.Length; d++)
        {
            copy[d] = documents[d];
        }

        return copy;
    }

    private static List<EventFact> MergeAll(IReadOnlyList<DocumentFacts> documents, List<FactDiagnostic> diagnostics, EventMemo? memo)
    {
        var items = new List<(DocumentFacts Doc, EventFact Fact)>();
        foreach (var d in documents)
        {
            foreach (var e in d.Events)
            {
                items.Add((d, e));
            }
        }

        var sets = new UnionFind(items.Count);
        var city = items.Select(m => m.Fact.City).ToArray();
        var year = items.Select(m => m.Fact.StartDate?.Substring(0, 4)).ToArray();
        var names = new Name[items.Count][];
        var keys = memo is null ? null : new string[items.Count][];
        var at = 0;
        foreach (var d in documents)
        {
            var own = memo is null || d.Events.Count == 0 ? null : memo.Of(d); // most articles report no event: no look-up
            for (var e = 0; e < d.Events.Count; e++, at++)
            {
                names[at] = own is null ? NamesOf(d.Events[e]) : own.Names[e];
                if (own is not null)
                {
                    keys![at] = own.Keys[e];
                }
            }
        }

        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var key in keys is null ? Keys(names[i]) : (IEnumerable<string>)keys[i])
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = new List<int>();
                }

                foreach (var j in list)
                {
                    // Editions of a recurring event differ by place or year: a group keeps one of each.
                    var (ri, rj) = (sets.Find(i), sets.Find(j));
                    if (ri == rj || !Agree(city[ri], city[rj]) || !Agree(year[ri], year[rj]) || !Compatible(names[i], names[j]))
                    {
                        continue;
                    }

                    sets.Union(i, j);
                    var root = sets.Find(i);
                    city[root] = city[ri] ?? city[rj];
                    year[root] = year[ri] ?? year[rj];
                }

                list.Add(i);
            }
        }

        // Groups by root (their first member), members in input order, as GroupBy(Find).OrderBy(root) gives them.
        var groups = new Groups(sets, items.Count);
        var facts = memo is null ? null : items.Select(m => m.Fact).ToArray();
        var owners = memo is null ? null : items.Select(m => (object?)m.Doc).ToArray();
        var events = new List<EventFact>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var start = groups.Start(g);
            var end = start + groups.Size(g);
            if (memo is not null && memo.Groups.TryGet(facts!, owners!, null, groups.Members, start, end, out var known))
            {
                events.Add(known.Fact);
                diagnostics.AddRange(known.Conflicts);
                continue;
            }

            var reported = diagnostics.Count;
            events.Add(MergeGroup(groups.ItemsOf(g, items), diagnostics));
            if (memo is not null)
            {
                var conflicts = diagnostics.GetRange(reported, diagnostics.Count - reported).ToArray();
                memo.Groups.Add(facts!, owners!, null, groups.Members, start, end, new MergedFact<EventFact>(events[events.Count - 1], conflicts));
            }
        }

        memo?.Groups.EndRun();
        return events.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.StartDate, StringComparer.Ordinal).ToList();
    }

    /// <summary>Index keys: every name and alias, and for written-out names their acronym + final word.</summary>
    internal static IEnumerable<string> Keys(EventFact e) => Keys(NamesOf(e));

    /// <summary><see cref="Keys(EventFact)"/> of an event's <see cref="NamesOf"/>, whose keys and acronyms are made already.</summary>
    internal static List<string> Keys(Name[] names)
    {
        // Sorted and distinct (ordinal), as a sorted set gives them: merging visits keys in this order.
        var keys = new List<string>(3 * names.Length);
        foreach (var name in names)
        {
            keys.Add("=" + name.Key);
            if (name.Spaced)
            {
                keys.Add("~" + name.EventKey);
                keys.Add("=" + TextKeys.Key(name.Acronym));
            }
        }

        keys.SortShort(StringComparer.Ordinal);
        var distinct = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            if (distinct == 0 || keys[distinct - 1] != keys[k])
            {
                keys[distinct++] = keys[k];
            }
        }

        keys.RemoveRange(distinct, keys.Count - distinct);
        return keys;
    }

    private static bool Agree(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>Names that can be one event.</summary>
    private static bool Compatible(Name[] aNames, Name[] bNames)
    {
        foreach (var x in aNames)
        {
            foreach (var y in bNames)
            {
                if (SameName(x, y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An event's aliases then its name, each with its key, computed once per event rather than once per comparison.</summary>
    internal static Name[] NamesOf(EventFact e)
    {
        var names = new Name[e.Aliases.Count + 1];
        for (var k = 0; k < e.Aliases.Count; k++)
        {
            names[k] = new Name(e.Aliases[k]);
        }

        names[e.Aliases.Count] = new Name(e.Name);
        return names;
    }

    /// <summary>A name with what comparisons read of it: its key, and for a written-out name its acronym and event key.</summary>
    internal sealed class Name
    {
        public Name(string text)
        {
            Text = text;
            Key = TextKeys.Key(text);
            Spaced = text.IndexOf(' ') > 0;
            Acronym = Spaced ? EventNameFinder.AcronymOf(text) : string.Empty;
            EventKey = Spaced ? EventRecognizer.EventKey(text) : string.Empty;
        }

        public string Text { get; }

        public string Key { get; }

        public bool Spaced { get; }

        public string Acronym { get; }

        public string EventKey { get; }

        /// <summary>The written-out words (<see cref="FullWords"/>), made on first use: names are compared many times.</summary>
        public HashSet<string> Words => _words ??= FullWords(Text);

        private HashSet<string>? _words;
    }

    /// <summary>Equal names, an acronym and its written-out name, or written-out variants with the same acronym.</summary>
    internal static bool SameName(string x, string y) => SameName(new Name(x), new Name(y));

    /// <summary><see cref="SameName(string, string)"/> over names whose keys and acronyms are already made.</summary>
    private static bool SameName(Name x, Name y)
    {
        if (x.Key == y.Key)
        {
            return true;
        }

        if (x.Spaced != y.Spaced)
        {
            var (acronym, full) = x.Spaced ? (y, x) : (x, y);
            return EventNameFinder.IsAcronym(acronym.Text) && full.Acronym == acronym.Text;
        }

        if (!x.Spaced || x.EventKey != y.EventKey)
        {
            return false;
        }

        return x.Words.IsSubsetOf(y.Words) || y.Words.IsSubsetOf(x.Words);
    }

    /// <summary>The written-out (not all-capital) words of a name, lower case.</summary>
    private static HashSet<string> FullWords(string name) =>
        new(name.Split(' ').Where(w => w.Length > 0 && !EventNameFinder.IsAcronym(w)).Select(w => TextKeys.Key(w)), StringComparer.Ordinal);

    private static EventFact MergeGroup(IReadOnlyList<(DocumentFacts Doc, EventFact Fact)> members, List<FactDiagnostic> diagnostics)
    {
        if (members.Count == 1)
        {
            return MergeSingle(members[0], diagnostics);
        }

        var written = members.Where(m => m.Fact.Name.IndexOf(' ') > 0).ToList();
        var name = Evidence.Majority((written.Count > 0 ? written : members).Select(m => ((string?)m.Fact.Name, m.Doc.Document.File)), PeopleMerger.NamePreference)!;
        var names = new List<string>();
        foreach (var m in members)
        {
            names.AddAll(m.Fact.Aliases.AsArray());
            names.Add(m.Fact.Name);
        }

        var aliases = Evidence.OtherNames(names, name);

        var city = Evidence.Majority(members.Select(m => (m.Fact.City, m.Doc.Document.File)), StringComparer.Ordinal);
        var country = Evidence.Majority(members.Where(m => m.Fact.City == city).Select(m => (m.Fact.Country, m.Doc.Document.File)), StringComparer.Ordinal)
            ?? Evidence.Majority(members.Select(m => (m.Fact.Country, m.Doc.Document.File)), StringComparer.Ordinal);
        var start = Field(members, e => e.StartDate, "start date", diagnostics, d => DateEvidence(d, d.Fact.StartDate));
        var end = Field(members, e => e.EndDate, "end date", diagnostics, d => DateEvidence(d, d.Fact.EndDate));
        var duration = members.Where(m => m.Fact.DurationDays is not null)
            .GroupBy(m => m.Fact.DurationDays!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (int?)g.Key).FirstOrDefault();
        end = EndDate(start, end, duration);
        var theme = Evidence.Majority(members.Select(m => (m.Fact.Theme, m.Doc.Document.File)), PeopleMerger.NamePreference);
        var figures = FigureReconciler.Reconcile(members.SelectMany(m => m.Fact.Figures.Select(f => (m.Doc.Document.File, f))).ToList(), diagnostics);
        return new EventFact(name, aliases, city, country, start, end, theme, figures.ToEquatableArray(),
            Evidence.Merge(members.Select(m => m.Fact.Evidence)), duration);
    }

    /// <summary>
    /// <see cref="MergeGroup"/> of a group of one event (most are): every majority is its own value and no field
    /// conflicts, so only its aliases, figures and evidence need putting in order.
    /// </summary>
    private static EventFact MergeSingle((DocumentFacts Doc, EventFact Fact) member, List<FactDiagnostic> diagnostics)
    {
        var e = member.Fact;
        var aliases = new List<string>(e.Aliases.Count);
        aliases.AddAll(e.Aliases.AsArray());
        var end = EndDate(e.StartDate, e.EndDate, e.DurationDays);
        var file = member.Doc.Document.File;
        var own = new List<(string File, FigureFact Figure)>(e.Figures.Count);
        foreach (var f in e.Figures.AsArray())
        {
            own.Add((file, f));
        }

        var figures = FigureReconciler.Reconcile(own, diagnostics);
        return new EventFact(e.Name, Evidence.OtherNames(aliases, e.Name), e.City, e.Country, e.StartDate, end, e.Theme,
            figures.ToEquatableArray(), Evidence.Merge(e.Evidence), e.DurationDays);
    }

    /// <summary>The stated end date, else the one a duration of more than a day counts from the start date.</summary>
    private static string? EndDate(string? start, string? end, int? duration) =>
        end is null && duration is > 1 && NewsCalendar.ParseIso(start) is { } first
            ? NewsCalendar.Iso(first.AddDays(duration.Value - 1))
            : end;

    /// <summary>The majority value of a field; each minority value is reported where its article states it.</summary>
    private static string? Field(
        IReadOnlyList<(DocumentFacts Doc, EventFact Fact)> members,
        Func<EventFact, string?> field,
        string what,
        List<FactDiagnostic> diagnostics,
        Func<(DocumentFacts Doc, EventFact Fact), FactEvidence?> locate)
    {
        var value = Evidence.Majority(members.Select(m => (field(m.Fact), m.Doc.Document.File)), StringComparer.Ordinal);
        foreach (var m in members)
        {
            var other = field(m.Fact);
            if (other is null || other == value || !Close(other, value) || locate(m) is not { } at)
            {
                continue;
            }

            diagnostics.Add(new FactDiagnostic(
                DiagnosticIds.ConflictingFacts,
                FactSeverity.Warning,
                $"The {what} of '{m.Fact.Name}' is {other} here, but {value} in most other articles.",
                at.File,
                at.Line,
                at.Column,
                at.Length));
        }

        return value;
    }

    /// <summary>Dates more than two weeks apart belong to different sessions or editions, not to one disputed day.</summary>
    private static bool Close(string a, string? b) =>
        NewsCalendar.ParseIso(a) is { } x && NewsCalendar.ParseIso(b) is { } y && Math.Abs((x - y).TotalDays) <= 14;

    private static FactEvidence? FirstEvidence((DocumentFacts Doc, EventFact Fact) m) =>
        m.Fact.Evidence.Count > 0 ? m.Fact.Evidence[0] : null;

    /// <summary>Where the article states that date, else where it names the event.</summary>
    private static FactEvidence? DateEvidence((DocumentFacts Doc, EventFact Fact) m, string? date) =>
        m.Doc.Dates.FirstOrDefault(d => d.Date == date)?.Evidence ?? FirstEvidence(m);
}

/// <summary>What event merging keeps between runs: each document's event names and keys, and last run's merged groups.</summary>
internal sealed class EventMemo
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentFacts, DocumentEvents> _documents = new();

    public GroupMemo<EventFact, MergedFact<EventFact>> Groups { get; } = new();

    /// <summary>Last run's documents (by place), merged events and the conflicts their merge reported.</summary>
    public (DocumentFacts[] Documents, EventFact[] Events, FactDiagnostic[] Conflicts)? Last { get; set; }

    public DocumentEvents Of(DocumentFacts document)
    {
        if (!_documents.TryGetValue(document, out var events))
        {
            var own = document.Events.AsArray();
            events = new DocumentEvents(own.Select(EventMerger.NamesOf).ToArray(), own.Select(e => EventMerger.Keys(e).ToArray()).ToArray());
            _documents.Add(document, events);
        }

        return events;
    }
}

/// <summary>One document's events as merging reads them: names with their keys, and index keys.</summary>
internal sealed class DocumentEvents
{
    public DocumentEvents(EventMerger.Name[][] names, string[][] keys)
    {
        Names = names;
        Keys = keys;
    }

    public EventMerger.Name[][] Names { get; }

    public string[][] Keys { get; }
}
