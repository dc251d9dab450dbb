using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Extraction;
using FactGen.Generator.Model;

namespace FactGen.Generator.Overrides;

/// <summary>
/// Applies overrides to a consolidated corpus, in file order then line order. Names match an
/// entity's name or any alias, ignoring case. An entry that matches nothing becomes FG0008.
/// </summary>
internal static class OverridesApplier
{
    /// <summary>Applies every entry of <paramref name="files"/> to <paramref name="corpus"/>.</summary>
    public static (CorpusFacts Corpus, List<DiagnosticInfo> Diagnostics) Apply(CorpusFacts corpus, IEnumerable<OverridesFile> files)
    {
        var state = new State(corpus);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var entry in file.Entries)
            {
                var unmatched = state.Apply(entry);
                if (unmatched is not null)
                {
                    diagnostics.Add(entry.Location with { Message = unmatched });
                }
            }
        }

        return (state.ToCorpus(), diagnostics);
    }

    /// <summary>Parses a person role name.</summary>
    public static bool TryPersonRole(string text, out PersonRole role) => TryEnum(text, out role);

    /// <summary>Parses an organization role name.</summary>
    public static bool TryOrganizationRole(string text, out OrganizationRole role) => TryEnum(text, out role);

    /// <summary>Parses an organization kind name.</summary>
    public static bool TryKind(string text, out OrganizationKind kind) => TryEnum(text, out kind);

    /// <summary>True for a valid yyyy-MM-dd date.</summary>
    public static bool IsIsoDate(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool TryEnum<T>(string text, out T value)
        where T : struct, Enum
    {
        value = default;
        foreach (var candidate in (T[])Enum.GetValues(typeof(T)))
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool Names(string name, EquatableArray<string> aliases, string wanted) =>
        Same(name, wanted) || aliases.Any(a => Same(a, wanted));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static EquatableArray<string> Union(string except, params IEnumerable<string>[] lists) =>
        lists.SelectMany(l => l)
            .Where(a => !string.Equals(a, except, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToEquatableArray();

    private static EquatableArray<FactEvidence> Evidence(params EquatableArray<FactEvidence>[] lists) =>
        lists.SelectMany(l => l)
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToEquatableArray();

    /// <summary>The corpus being edited, as mutable lists.</summary>
    private sealed class State
    {
        private readonly CorpusFacts _original;
        private readonly List<PersonFact> _people;
        private readonly List<OrganizationFact> _organizations;
        private readonly List<QuoteFact> _quotes;
        private readonly List<EventFact> _events;

        public State(CorpusFacts corpus)
        {
            _original = corpus;
            _people = corpus.People.ToList();
            _organizations = corpus.Organizations.ToList();
            _quotes = corpus.Quotes.ToList();
            _events = corpus.Events.ToList();
        }

        public CorpusFacts ToCorpus() => _original with
        {
            People = _people.ToEquatableArray(),
            Organizations = _organizations.ToEquatableArray(),
            Quotes = _quotes.ToEquatableArray(),
            Events = _events.ToEquatableArray(),
        };

        /// <summary>Applies one entry; returns the FG0008 message when it matches nothing.</summary>
        public string? Apply(OverrideEntry entry) => entry.Target switch
        {
            OverrideTarget.Person => ApplyToPerson(entry),
            OverrideTarget.Organization => ApplyToOrganization(entry),
            OverrideTarget.Quote => DropQuote(entry),
            _ => PinEvent(entry),
        };

        private static string NoMatch(string what, string name) => $"Override matches no {what} named '{name}'";

        private string? ApplyToPerson(OverrideEntry entry)
        {
            var index = _people.FindIndex(p => Names(p.Name, p.Aliases, entry.Name));
            if (index < 0)
            {
                return NoMatch("person", entry.Name);
            }

            var person = _people[index];
            switch (entry.Verb)
            {
                case OverrideVerb.Drop:
                    _people.RemoveAt(index);
                    Reattribute(person.Name, null);
                    return null;
                case OverrideVerb.Rename:
                    _people[index] = person with { Name = entry.Value!, Aliases = Union(entry.Value!, person.Aliases, new[] { person.Name }) };
                    Reattribute(person.Name, entry.Value);
                    return null;
                case OverrideVerb.Role:
                    TryPersonRole(entry.Value!, out var role);
                    _people[index] = person with { Role = role };
                    return null;
                case OverrideVerb.Title:
                    _people[index] = person with { Titles = entry.Values().ToEquatableArray() };
                    return null;
                case OverrideVerb.Alias:
                    _people[index] = person with { Aliases = Union(person.Name, person.Aliases, entry.Values()) };
                    return null;
                default:
                    return MergePeople(index, entry);
            }
        }

        private string? MergePeople(int index, OverrideEntry entry)
        {
            var missing = new List<string>();
            foreach (var other in entry.Values())
            {
                var person = _people[index];
                var found = _people.FindIndex(p => !ReferenceEquals(p, person) && Names(p.Name, p.Aliases, other));
                if (found < 0)
                {
                    missing.Add(other);
                    continue;
                }

                var merged = _people[found];
                _people[index] = person with
                {
                    Aliases = Union(person.Name, person.Aliases, new[] { merged.Name }, merged.Aliases),
                    Titles = Union(string.Empty, person.Titles, merged.Titles),
                    Role = Strongest(person.Role, merged.Role),
                    Evidence = Evidence(person.Evidence, merged.Evidence),
                };
                _people.RemoveAt(found);
                index = _people.FindIndex(p => string.Equals(p.Name, person.Name, StringComparison.Ordinal));
                Reattribute(merged.Name, person.Name);
            }

            return missing.Count == 0 ? null : NoMatch("other person", string.Join("', '", missing));
        }

        private string? ApplyToOrganization(OverrideEntry entry)
        {
            var index = _organizations.FindIndex(o => Names(o.Name, o.Aliases, entry.Name));
            if (index < 0)
            {
                return NoMatch("organization", entry.Name);
            }

            var organization = _organizations[index];
            switch (entry.Verb)
            {
                case OverrideVerb.Drop:
                    _organizations.RemoveAt(index);
                    return null;
                case OverrideVerb.Rename:
                    _organizations[index] = organization with { Name = entry.Value!, Aliases = Union(entry.Value!, organization.Aliases, new[] { organization.Name }) };
                    Reattribute(organization.Name, entry.Value);
                    return null;
                case OverrideVerb.Role:
                    TryOrganizationRole(entry.Value!, out var role);
                    _organizations[index] = organization with { Role = role };
                    return null;
                case OverrideVerb.Kind:
                    TryKind(entry.Value!, out var kind);
                    _organizations[index] = organization with { Kind = kind };
                    return null;
                case OverrideVerb.Alias:
                    _organizations[index] = organization with { Aliases = Union(organization.Name, organization.Aliases, entry.Values()) };
                    return null;
                default:
                    return MergeOrganizations(index, entry);
            }
        }

        private string? MergeOrganizations(int index, OverrideEntry entry)
        {
            var missing = new List<string>();
            foreach (var other in entry.Values())
            {
                var organization = _organizations[index];
                var found = _organizations.FindIndex(o => !ReferenceEquals(o, organization) && Names(o.Name, o.Aliases, other));
                if (found < 0)
                {
                    missing.Add(other);
                    continue;
                }

                var merged = _organizations[found];
                _organizations[index] = organization with
                {
                    Aliases = Union(organization.Name, organization.Aliases, new[] { merged.Name }, merged.Aliases),
                    Role = organization.Role == OrganizationRole.Participant ? organization.Role : merged.Role,
                    Evidence = Evidence(organization.Evidence, merged.Evidence),
                };
                _organizations.RemoveAt(found);
                index = _organizations.FindIndex(o => string.Equals(o.Name, organization.Name, StringComparison.Ordinal));
                Reattribute(merged.Name, organization.Name);
            }

            return missing.Count == 0 ? null : NoMatch("other organization", string.Join("', '", missing));
        }

        private string? DropQuote(OverrideEntry entry)
        {
            var removed = _quotes.RemoveAll(q => Same(q.Text, entry.Name));
            return removed > 0 ? null : $"Override matches no quotation with the words '{entry.Name}'";
        }

        private string? PinEvent(OverrideEntry entry)
        {
            if (_events.Count == 0)
            {
                return "Override pins an event field, but no event was extracted";
            }

            // With several events the main one (reported by the most articles) is pinned.
            var main = MainEvent.IndexOf(_events);
            var e = _events[main];
            var value = entry.Value!;
            _events[main] = entry.Name.ToLowerInvariant() switch
            {
                "name" => e with { Name = value, Aliases = Union(value, e.Aliases, new[] { e.Name }) },
                "city" => e with { City = value },
                "country" => e with { Country = value },
                "start" => e with { StartDate = value },
                "end" => e with { EndDate = value },
                _ => e with { Theme = value },
            };
            return null;
        }

        /// <summary>Moves the quotations of <paramref name="from"/> to <paramref name="to"/> (null: unattributed).</summary>
        private void Reattribute(string from, string? to)
        {
            for (var i = 0; i < _quotes.Count; i++)
            {
                if (string.Equals(_quotes[i].Speaker, from, StringComparison.Ordinal))
                {
                    _quotes[i] = _quotes[i] with { Speaker = to };
                }
            }
        }

        private static PersonRole Strongest(PersonRole a, PersonRole b) =>
            a == PersonRole.Speaker || b == PersonRole.Speaker ? PersonRole.Speaker
            : a == PersonRole.Absent || b == PersonRole.Absent ? PersonRole.Absent
            : PersonRole.Mentioned;
    }
}
