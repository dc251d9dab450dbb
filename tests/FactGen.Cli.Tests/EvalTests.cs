using System.IO;
using System.Linq;
using System.Text.Json;
using FactGen.Cli.Eval;

namespace FactGen.Cli.Tests;

public sealed class EvalTests
{
    private const string Gold = """
        {
          "events": [{ "name": "Harbour Robotics Expo", "aliases": ["HRE"], "city": "Valletta", "startDate": "2025-03-03",
                       "figures": [{ "value": 120, "unit": "exhibitors" }, { "value": 9, "unit": "halls", "optional": true }] }],
          "people": [
            { "name": "Clara Vella", "aliases": ["Vella", "Mayor Vella"], "role": "speaker" },
            { "name": "Tomas Berg", "role": "mentioned" },
            { "name": "Ines Camilleri", "role": "mentioned", "optional": true }
          ],
          "organizations": [
            { "name": "Acme Corp", "aliases": ["Acme"], "kind": "company", "role": "participant" },
            { "name": "Globex Inc", "kind": "company", "role": "participant" }
          ],
          "quotes": [
            { "speaker": "Clara Vella", "text": "Machines should carry the heavy loads" },
            { "speaker": "Tomas Berg", "text": "Reading rooms are full again" }
          ],
          "notQuotes": ["Robots of Tomorrow"],
          "conflicts": [{ "file": "harbour.txt", "line": 2 }]
        }
        """;

    [Fact]
    public void A_perfect_prediction_scores_one_everywhere()
    {
        var predicted = """
            {
              "events": [{ "name": "HRE", "aliases": [], "city": "Valletta", "startDate": "2025-03-03", "figures": [{ "value": 120, "unit": "exhibitor" }] }],
              "people": [
                { "name": "Clara Vella", "aliases": [], "role": "speaker" },
                { "name": "Tomas Berg", "aliases": [], "role": "mentioned" }
              ],
              "organizations": [
                { "name": "ACME Corp.", "aliases": [], "kind": "company", "role": "participant" },
                { "name": "Globex Inc", "aliases": [], "kind": "company", "role": "participant" }
              ],
              "quotes": [
                { "text": "Machines should carry the heavy loads,", "speaker": "Vella" },
                { "text": "Reading rooms are full again", "speaker": "Tomas Berg" }
              ],
              "diagnostics": [{ "id": "FG0001", "file": "harbour.txt", "line": 2 }]
            }
            """;

        var report = Score(predicted);

        Assert.All(report.Sets, s => Assert.Equal(1.0, s.F1));
        Assert.All(report.Events.Single().Fields, f => Assert.True(f.Value, f.Key));
        Assert.Equal(1.0, report.Events.Single().FiguresF1);
        Assert.Equal(1, report.ConflictsFound);
        Assert.Equal(1.0, report.MacroF1);
    }

    [Fact]
    public void Duplicates_misses_wrong_speakers_and_titles_as_speech_are_counted()
    {
        var predicted = """
            {
              "events": [{ "name": "Harbour Robotics Expo", "city": "Malta", "figures": [{ "value": 120, "unit": "visitors" }] }],
              "people": [
                { "name": "Clara Vella", "role": "speaker" },
                { "name": "Vella", "role": "speaker" }
              ],
              "organizations": [{ "name": "Acme", "kind": "company", "role": "participant" }],
              "quotes": [
                { "text": "Machines should carry the heavy loads", "speaker": "Tomas Berg" },
                { "text": "Robots of Tomorrow", "speaker": "Clara Vella" }
              ],
              "diagnostics": []
            }
            """;

        var report = Score(predicted);
        var sets = report.Sets.ToDictionary(s => s.Label);

        Assert.Equal(0.5, sets["speakers"].Precision);
        Assert.Equal(new[] { "Vella" }, sets["speakers"].Spurious);
        Assert.Equal(new[] { "Tomas Berg" }, sets["people (any role)"].Missed);
        Assert.Equal(new[] { "Globex Inc" }, sets["participating firms"].Missed);
        var quotes = sets["quotes (text + speaker)"];
        Assert.Equal(0.5, quotes.Precision);
        Assert.Equal(0.0, quotes.Recall);
        Assert.Single(quotes.Misattributed);
        Assert.Equal(new[] { "Robots of Tomorrow" }, quotes.TitlesAsSpeech);
        var harbour = report.Events.Single();
        Assert.False(harbour.Fields.Single(f => f.Key == "city").Value);
        Assert.False(harbour.Fields.Single(f => f.Key == "startDate").Value);
        Assert.Equal(0.0, harbour.FiguresF1);
        Assert.Equal(0, report.ConflictsFound);
    }

    [Theory]
    [InlineData("Ana  RUIZ-Pérez", "ana ruiz perez")]
    [InlineData("\u201CHello,\u201D she said.", "hello she said")]
    [InlineData(null, "")]
    public void Names_are_folded_like_the_shared_scorer(string? text, string expected) =>
        Assert.Equal(expected, TextMatch.Norm(text));

    [Fact]
    public void Eval_command_prints_the_report()
    {
        using var folder = new TempFolder();
        folder.Write("articles/harbour.txt", Articles.Harbour);
        var gold = folder.Write("gold.json", Gold);

        var run = CliRun.Of("eval", Path.Combine(folder.Path, "articles"), "--gold", gold);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("speakers ", run.Stdout);
        Assert.Contains("quotes (text + speaker)", run.Stdout);
        Assert.Contains("macro F1 ", run.Stdout);
    }

    [Fact]
    public void Eval_without_gold_is_a_usage_error()
    {
        var run = CliRun.Of("eval", "somewhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("eval needs --gold FILE", run.Stderr);
    }

    [Fact]
    public void A_broken_gold_file_exits_2_with_a_message()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Articles.Library);
        var gold = folder.Write("gold.json", "{ \"people\": [ ");

        var run = CliRun.Of("eval", folder.Path, "--gold", gold);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not valid JSON", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Gold_is_only_an_eval_option()
    {
        var run = CliRun.Of("extract", "x", "--gold", "g.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--gold'", run.Stderr);
    }

    private static EvalReport Score(string predicted)
    {
        using var p = JsonDocument.Parse(predicted);
        using var g = JsonDocument.Parse(Gold);
        return GoldScorer.Score(p.RootElement, g.RootElement);
    }
}
