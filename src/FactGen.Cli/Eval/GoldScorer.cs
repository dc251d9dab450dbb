using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace FactGen.Cli.Eval;

/// <summary>
/// Scores a JSON export against a hand-annotated gold file (the format of the shared seeds gold:
/// events, people, organizations, quotes, notQuotes, conflicts; entries marked "optional" are neither
/// required nor penalised). A port of the shared score.py, so both give the same numbers.
/// </summary>
internal static class GoldScorer
{
    public static EvalReport Score(JsonElement predicted, JsonElement gold)
    {
        var people = Array(predicted, "people");
        var organizations = Array(predicted, "organizations");
        var goldPeople = Array(gold, "people");
        var goldOrganizations = Array(gold, "organizations");

        bool Is(JsonElement e, string key, string value) => Str(e, key) == value;
        var sets = new List<SetScore>
        {
            ScoreSet(people.Where(p => Is(p, "role", "speaker")).ToList(), goldPeople.Where(g => Is(g, "role", "speaker")).ToList(), "speakers"),
            ScoreSet(people, goldPeople, "people (any role)"),
            ScoreSet(
                organizations.Where(o => Is(o, "kind", "company") && Is(o, "role", "participant")).ToList(),
                goldOrganizations.Where(g => Is(g, "kind", "company") && Is(g, "role", "participant")).ToList(),
                "participating firms"),
            ScoreSet(organizations.Where(o => Is(o, "kind", "company")).ToList(), goldOrganizations.Where(g => Is(g, "kind", "company")).ToList(), "companies (any role)"),
            ScoreQuotes(Array(predicted, "quotes"), Array(gold, "quotes"), goldPeople.Concat(goldOrganizations).ToList(),
                Array(gold, "notQuotes").Select(n => n.GetString() ?? string.Empty).ToList()),
        };

        var events = Array(gold, "events").Select(g => ScoreEvent(Array(predicted, "events"), g)).ToList();
        var conflicts = Array(gold, "conflicts");
        var diagnostics = Array(predicted, "diagnostics");
        var found = conflicts.Count(c => diagnostics.Any(d =>
            (Str(d, "file") ?? string.Empty).Contains(Str(c, "file") ?? "\0", StringComparison.Ordinal) &&
            (!c.TryGetProperty("line", out var line) || line.ValueKind == JsonValueKind.Null ||
             (d.TryGetProperty("line", out var dl) && dl.ValueKind == JsonValueKind.Number && line.ValueKind == JsonValueKind.Number && dl.GetInt32() == line.GetInt32()))));
        return new EvalReport(sets, events, found, conflicts.Count);
    }

    private static SetScore ScoreSet(List<JsonElement> predicted, List<JsonElement> gold, string label)
    {
        var pairs = MatchEntities(predicted, gold);
        var tp = pairs.Count(p => p.Gold is { } g && !Optional(g));
        var spurious = pairs.Where(p => p.Gold is null).Select(p => Str(p.Predicted, "name") ?? string.Empty).ToList();
        var matched = new HashSet<int>(pairs.Where(p => p.GoldIndex >= 0).Select(p => p.GoldIndex));
        var missed = gold.Select((g, i) => (g, i)).Where(x => !Optional(x.g) && !matched.Contains(x.i)).Select(x => Str(x.g, "name") ?? string.Empty).ToList();
        var (p, r, f) = SetScore.Prf(tp, spurious.Count, missed.Count);
        return new SetScore(label, p, r, f, missed, spurious);
    }

    /// <summary>Greedy one-to-one matching: canonical-name matches first, then aliases; each gold entity matches once.</summary>
    private static List<(JsonElement Predicted, JsonElement? Gold, int GoldIndex)> MatchEntities(List<JsonElement> predicted, List<JsonElement> gold)
    {
        var used = new HashSet<int>();
        var pairs = new List<(JsonElement, JsonElement?, int)>();
        var order = Enumerable.Range(0, predicted.Count)
            .OrderBy(i => gold.Any(g => TextMatch.Norm(Str(predicted[i], "name")) == TextMatch.Norm(Str(g, "name"))) ? 0 : 1)
            .ToList();
        foreach (var i in order)
        {
            var p = predicted[i];
            var name = TextMatch.Norm(Str(p, "name"));
            var hit = Enumerable.Range(0, gold.Count).FirstOrDefault(j => !used.Contains(j) &&
                (name == TextMatch.Norm(Str(gold[j], "name")) || NamesOf(gold[j]).Contains(name)), -1);
            if (hit < 0)
            {
                var names = NamesOf(p);
                hit = Enumerable.Range(0, gold.Count).FirstOrDefault(j => !used.Contains(j) && names.Contains(TextMatch.Norm(Str(gold[j], "name"))), -1);
            }

            if (hit < 0)
            {
                pairs.Add((p, null, -1));
            }
            else
            {
                used.Add(hit);
                pairs.Add((p, gold[hit], hit));
            }
        }

        return pairs;
    }

    private static SetScore ScoreQuotes(List<JsonElement> predicted, List<JsonElement> gold, List<JsonElement> goldSpeakers, List<string> notQuotes)
    {
        var covered = new Dictionary<int, bool>();
        var predictedHits = new List<List<int>>();
        foreach (var q in predicted)
        {
            var text = Str(q, "text");
            var hits = Enumerable.Range(0, gold.Count)
                .Where(j => TextMatch.Contains(text, Str(gold[j], "text")) || TextMatch.Overlap(text, Str(gold[j], "text")) >= 0.8)
                .ToList();
            predictedHits.Add(hits);
            foreach (var j in hits)
            {
                var right = SamePerson(Str(q, "speaker"), Str(gold[j], "speaker"), goldSpeakers);
                covered[j] = (covered.TryGetValue(j, out var before) && before) || right;
            }
        }

        var required = Enumerable.Range(0, gold.Count).Where(j => !Optional(gold[j])).ToList();
        var found = required.Count(covered.ContainsKey);
        var attributed = required.Count(j => covered.TryGetValue(j, out var ok) && ok);
        var tp = predictedHits.Count(h => h.Count > 0);
        var precision = predicted.Count > 0 ? (double)tp / predicted.Count : (required.Count == 0 ? 1.0 : 0.0);
        var recall = required.Count > 0 ? (double)attributed / required.Count : 1.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        string Short(string? s) => s is null ? string.Empty : s.Length <= 60 ? s : s.Substring(0, 60);
        return new SetScore(
            "quotes (text + speaker)", precision, recall, f1,
            required.Where(j => !covered.ContainsKey(j)).Select(j => Short(Str(gold[j], "text"))).ToList(),
            predicted.Where((q, i) => predictedHits[i].Count == 0).Select(q => Short(Str(q, "text"))).ToList())
        {
            Misattributed = required.Where(j => covered.TryGetValue(j, out var ok) && !ok).Select(j => Short(Str(gold[j], "text"))).ToList(),
            TitlesAsSpeech = predicted
                .Where(q => Str(q, "speaker") is not null && notQuotes.Any(n => TextMatch.Norm(Str(q, "text")) == TextMatch.Norm(n)))
                .Select(q => Str(q, "text") ?? string.Empty)
                .ToList(),
        };
    }

    private static bool SamePerson(string? predicted, string? gold, List<JsonElement> goldSpeakers)
    {
        if (predicted is null)
        {
            return false;
        }

        var name = TextMatch.Norm(predicted);
        if (name == TextMatch.Norm(gold))
        {
            return true;
        }

        foreach (var g in goldSpeakers)
        {
            if (TextMatch.Norm(Str(g, "name")) == TextMatch.Norm(gold))
            {
                return NamesOf(g).Contains(name);
            }
        }

        return false;
    }

    private static EventScore ScoreEvent(List<JsonElement> predictedEvents, JsonElement gold)
    {
        var names = NamesOf(gold);
        var candidates = predictedEvents.Where(e => NamesOf(e).Overlaps(names)).ToList();
        JsonElement? chosen = candidates.Count > 0 ? candidates[0] : predictedEvents.Count > 0 ? predictedEvents[0] : null;
        var fields = new List<KeyValuePair<string, bool>> { new("name", chosen is { } named && names.Contains(TextMatch.Norm(Str(named, "name")))) };
        foreach (var key in new[] { "city", "startDate", "endDate", "theme" })
        {
            if (gold.TryGetProperty(key, out _))
            {
                fields.Add(new(key, TextMatch.Norm(chosen is { } e ? Str(e, key) : null) == TextMatch.Norm(Str(gold, key))));
            }
        }

        var goldFigures = Array(gold, "figures");
        var predictedFigures = chosen is { } ev ? Array(ev, "figures") : new List<JsonElement>();
        var used = new HashSet<int>();
        var tp = 0;
        foreach (var f in goldFigures)
        {
            for (var i = 0; i < predictedFigures.Count; i++)
            {
                var x = predictedFigures[i];
                if (used.Contains(i) || Number(x, "value") is not { } value || value != Number(f, "value") ||
                    TextMatch.UnitHead(Str(x, "unit")) != TextMatch.UnitHead(Str(f, "unit")))
                {
                    continue;
                }

                used.Add(i);
                tp += Optional(f) ? 0 : 1;
                break;
            }
        }

        var required = goldFigures.Count(f => !Optional(f));
        var (_, _, f1) = SetScore.Prf(tp, predictedFigures.Count - used.Count, required - tp);
        return new EventScore("event " + Str(gold, "name"), fields, f1);
    }

    private static HashSet<string> NamesOf(JsonElement entity)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { TextMatch.Norm(Str(entity, "name")) };
        foreach (var alias in Array(entity, "aliases"))
        {
            names.Add(TextMatch.Norm(alias.ValueKind == JsonValueKind.String ? alias.GetString() : null));
        }

        names.Remove(string.Empty);
        return names;
    }

    private static bool Optional(JsonElement e) => e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    private static List<JsonElement> Array(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : new List<JsonElement>();

    private static string? Str(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())
            : null;

    private static double? Number(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble()
        : Str(e, key) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
