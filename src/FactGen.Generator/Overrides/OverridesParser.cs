using System;
using System.Collections.Generic;
using FactGen.Extraction;
using FactGen.Generator.Model;

namespace FactGen.Generator.Overrides;

/// <summary>
/// Parses the line-based overrides format described in Overrides/FORMAT.md:
/// <c>verb target name [= value]</c>, one per line, '#' starts a comment line.
/// </summary>
internal static class OverridesParser
{
    private static readonly Dictionary<string, OverrideVerb> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["merge"] = OverrideVerb.Merge,
        ["alias"] = OverrideVerb.Alias,
        ["drop"] = OverrideVerb.Drop,
        ["rename"] = OverrideVerb.Rename,
        ["role"] = OverrideVerb.Role,
        ["kind"] = OverrideVerb.Kind,
        ["title"] = OverrideVerb.Title,
        ["pin"] = OverrideVerb.Pin,
    };

    private static readonly Dictionary<string, OverrideTarget> Targets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = OverrideTarget.Person,
        ["organization"] = OverrideTarget.Organization,
        ["organisation"] = OverrideTarget.Organization,
        ["quote"] = OverrideTarget.Quote,
        ["event"] = OverrideTarget.Event,
    };

    /// <summary>The event fields <c>pin event</c> accepts.</summary>
    public static readonly string[] EventFields = { "name", "city", "country", "start", "end", "theme" };

    /// <summary>Parses <paramref name="text"/>; bad lines become FG0009 at their line.</summary>
    public static OverridesFile Parse(string path, string text)
    {
        var lines = LineMap.Of(text);
        var entries = new List<OverrideEntry>();
        var diagnostics = new List<DiagnosticInfo>();
        for (var i = 0; i < lines.Starts.Count; i++)
        {
            var raw = text.Substring(lines.Starts[i], lines.Lengths[i]);
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var column = raw.IndexOf(line[0]) + 1;
            DiagnosticInfo At(string id, string message) => lines.Locate(id, message, path, i + 1, column, line.Length);

            var error = TryParseLine(line, At(DiagnosticIds.OverrideMatchesNothing, string.Empty), out var entry);
            if (entry is not null)
            {
                entries.Add(entry);
            }
            else
            {
                diagnostics.Add(At(DiagnosticIds.InvalidOverrides, $"Override '{line}' cannot be parsed: {error}"));
            }
        }

        return new OverridesFile(path, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string TryParseLine(string line, DiagnosticInfo location, out OverrideEntry? entry)
    {
        entry = null;
        var parts = line.Split(new[] { ' ', '\t' }, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return "expected 'verb target name [= value]'";
        }

        if (!Verbs.TryGetValue(parts[0], out var verb))
        {
            return $"unknown verb '{parts[0]}' (merge, alias, drop, rename, role, kind, title, pin)";
        }

        if (!Targets.TryGetValue(parts[1], out var target))
        {
            return $"unknown target '{parts[1]}' (person, organization, quote, event)";
        }

        var rest = parts[2];
        // A dropped quotation's words may hold '=': drop takes the whole rest as its name.
        var equals = verb == OverrideVerb.Drop ? -1 : rest.IndexOf('=');
        var name = (equals < 0 ? rest : rest.Substring(0, equals)).Trim();
        var value = equals < 0 ? null : rest.Substring(equals + 1).Trim();
        if (name.Length == 0)
        {
            return "the name is empty";
        }

        var problem = Check(verb, target, name, value);
        if (problem is not null)
        {
            return problem;
        }

        entry = new OverrideEntry(verb, target, name, value, location);
        return string.Empty;
    }

    private static string? Check(OverrideVerb verb, OverrideTarget target, string name, string? value)
    {
        var needsValue = verb != OverrideVerb.Drop;
        if (needsValue && string.IsNullOrEmpty(value))
        {
            return $"'{Lower(verb)}' needs '= value'";
        }

        return verb switch
        {
            OverrideVerb.Merge or OverrideVerb.Rename or OverrideVerb.Alias when target is not (OverrideTarget.Person or OverrideTarget.Organization) =>
                $"'{Lower(verb)}' applies to a person or an organization",
            OverrideVerb.Drop when target == OverrideTarget.Event => "'drop' applies to a person, an organization or a quote",
            OverrideVerb.Role when target == OverrideTarget.Person && !OverridesApplier.TryPersonRole(value!, out _) =>
                "a person's role is speaker, mentioned or absent",
            OverrideVerb.Role when target == OverrideTarget.Organization && !OverridesApplier.TryOrganizationRole(value!, out _) =>
                "an organization's role is participant or mentioned",
            OverrideVerb.Role when target is not (OverrideTarget.Person or OverrideTarget.Organization) =>
                "'role' applies to a person or an organization",
            OverrideVerb.Kind when target != OverrideTarget.Organization => "'kind' applies to an organization",
            OverrideVerb.Kind when !OverridesApplier.TryKind(value!, out _) =>
                "an organization's kind is company, government, media, party, sport or other",
            OverrideVerb.Title when target != OverrideTarget.Person => "'title' applies to a person",
            OverrideVerb.Pin when target != OverrideTarget.Event => "'pin' applies to the event",
            OverrideVerb.Pin when Array.IndexOf(EventFields, name.ToLowerInvariant()) < 0 =>
                "the event fields are name, city, country, start, end and theme",
            OverrideVerb.Pin when (name.Equals("start", StringComparison.OrdinalIgnoreCase) || name.Equals("end", StringComparison.OrdinalIgnoreCase))
                && !OverridesApplier.IsIsoDate(value!) => "a date is written yyyy-MM-dd",
            _ => null,
        };
    }

    private static string Lower(OverrideVerb verb) => verb.ToString().ToLowerInvariant();
}
