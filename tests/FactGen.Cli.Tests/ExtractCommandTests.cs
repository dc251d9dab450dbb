using System.IO;
using System.Linq;
using System.Text.Json;

namespace FactGen.Cli.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Json_output_has_the_contract_sections_in_order()
    {
        using var folder = new TempFolder();
        folder.Write("harbour.txt", Articles.Harbour);

        var run = CliRun.Of("extract", folder.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var sections = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(new[] { "documents", "events", "people", "organizations", "quotes", "diagnostics" }, sections);
        Assert.All(sections, s => Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty(s).ValueKind));
    }

    [Fact]
    public void Every_item_the_engine_finds_uses_the_contract_keys()
    {
        using var folder = new TempFolder();
        folder.Write("harbour.txt", Articles.Harbour);
        folder.Write("library.txt", Articles.Library);

        var run = CliRun.Of("extract", folder.Path);

        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        AssertKeys(root, "documents", "file", "title", "outlet", "published");
        AssertKeys(root, "events", "name", "aliases", "city", "country", "startDate", "endDate", "theme", "figures", "evidence");
        AssertKeys(root, "people", "name", "aliases", "titles", "role", "evidence");
        AssertKeys(root, "organizations", "name", "aliases", "kind", "role", "evidence");
        AssertKeys(root, "quotes", "text", "speaker", "partial", "variants", "evidence");
        AssertKeys(root, "diagnostics", "id", "severity", "message", "file", "line", "column");
    }

    [Fact]
    public void Files_are_named_relative_to_the_folder_given()
    {
        using var folder = new TempFolder();
        folder.Write("news/2025/harbour.txt", Articles.Harbour);
        folder.Write("library.txt", Articles.Library);

        var run = CliRun.Of("extract", folder.Path);

        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("file").GetString()).ToArray();
        Assert.Equal(new[] { "library.txt", "news/2025/harbour.txt" }, files);
        var evidenceFiles = json.RootElement.EnumerateObject()
            .SelectMany(section => section.Value.EnumerateArray())
            .Where(item => item.TryGetProperty("evidence", out _))
            .SelectMany(item => item.GetProperty("evidence").EnumerateArray())
            .Select(e => e.GetProperty("file").GetString());
        Assert.All(evidenceFiles, f => Assert.Contains(f, files));
    }

    [Fact]
    public void A_file_argument_is_named_by_its_file_name()
    {
        using var folder = new TempFolder();
        var path = folder.Write("deep/inside/library.txt", Articles.Library);

        var run = CliRun.Of("extract", path);

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("library.txt", json.RootElement.GetProperty("documents")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void The_output_is_the_same_bytes_on_every_run()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", Articles.Harbour);
        folder.Write("a.txt", Articles.Library);

        Assert.Equal(CliRun.Of("extract", folder.Path).Stdout, CliRun.Of("extract", folder.Path).Stdout);
    }

    [Fact]
    public void Table_format_prints_a_readable_summary()
    {
        using var folder = new TempFolder();
        folder.Write("harbour.txt", Articles.Harbour);

        var run = CliRun.Of("extract", folder.Path, "--format", "table");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PEOPLE", run.Stdout);
        Assert.Contains("QUOTES", run.Stdout);
    }

    [Fact]
    public void Output_option_writes_the_file_instead_of_stdout()
    {
        using var folder = new TempFolder();
        folder.Write("harbour.txt", Articles.Harbour);
        var target = Path.Combine(folder.Path, "out.json");

        var run = CliRun.Of("extract", folder.Path, "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
    }

    private static void AssertKeys(JsonElement root, string section, params string[] keys)
    {
        foreach (var item in root.GetProperty(section).EnumerateArray())
        {
            Assert.Equal(keys, item.EnumerateObject().Select(p => p.Name).ToArray());
            if (item.TryGetProperty("evidence", out var evidence))
            {
                foreach (var e in evidence.EnumerateArray())
                {
                    Assert.Equal(new[] { "file", "line", "column", "sentence" }, e.EnumerateObject().Select(p => p.Name).ToArray());
                    Assert.True(e.GetProperty("line").GetInt32() >= 1);
                    Assert.True(e.GetProperty("column").GetInt32() >= 1);
                }
            }
        }
    }
}
