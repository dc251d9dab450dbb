using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace FactGen.Packaging.Tests;

/// <summary>
/// Packs FactGen and FactGen.Waic2025, then restores and builds fresh projects outside the repository from the
/// temporary feed, as a user would.
/// </summary>
public sealed class PackageConsumptionTests : IClassFixture<PackageFeed>
{
    private readonly PackageFeed _feed;

    public PackageConsumptionTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void FactGen_package_carries_runtime_generator_engine_and_build_glue()
    {
        var entries = Entries("FactGen");

        Assert.Contains("lib/netstandard2.0/FactGen.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FactGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FactGen.Extraction.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && e.Contains("Generator"));
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/FactGen.props", entries);
            Assert.Contains($"{folder}/FactGen.targets", entries);
        }

        Assert.Empty(Dependencies("FactGen"));
    }

    [Fact]
    public void Waic2025_package_depends_on_FactGen_for_types_only()
    {
        var entries = Entries("FactGen.Waic2025");
        Assert.Contains("lib/netstandard2.0/FactGen.Waic2025.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", System.StringComparison.Ordinal));

        var dependency = Assert.Single(Dependencies("FactGen.Waic2025"));
        Assert.Equal("FactGen", (string?)dependency.Attribute("id"));
        Assert.Equal(_feed.Version, (string?)dependency.Attribute("version"));
        var excluded = ((string?)dependency.Attribute("exclude") ?? string.Empty).Split(',');
        Assert.Contains("Analyzers", excluded);
        Assert.Contains("Build", excluded);

        // buildTransitive must flow: its glue is what takes the generator off a consumer's compiler, as NuGet
        // passes analyzers up the graph whatever "exclude" says.
        Assert.DoesNotContain("BuildTransitive", excluded);
    }

    [Fact]
    public void Waic2025_consumer_gets_the_runtime_but_not_the_generator()
    {
        var folder = _feed.WriteConsumer("waic-assets", Consumers.Waic);

        var assets = Resolve(folder, "WaicConsumer.csproj");

        Assert.Contains(assets.PackageFolders, p => p.Contains("/factgen/", System.StringComparison.Ordinal));
        Assert.DoesNotContain(assets.Analyzers, a => a.Contains("factgen", System.StringComparison.OrdinalIgnoreCase));
        Assert.Empty(assets.Articles);
    }

    [Fact]
    public void FactGen_consumer_gets_the_generator_and_tagged_articles_only()
    {
        var folder = _feed.WriteConsumer("own-assets", Consumers.OwnArticles);

        var assets = Resolve(folder, "OwnArticles.csproj");

        Assert.Contains(assets.Analyzers, a => a.EndsWith("analyzers/dotnet/cs/FactGen.Generator.dll", System.StringComparison.Ordinal));
        Assert.Contains(assets.Analyzers, a => a.EndsWith("analyzers/dotnet/cs/FactGen.Extraction.dll", System.StringComparison.Ordinal));
        Assert.Equal("News", assets.FactGenClassName);
        Assert.Contains("build_property.FactGenNamespace = HarbourNews\n", assets.EditorConfig);
        Assert.Contains("build_property.FactGenClassName = News\n", assets.EditorConfig);
        Assert.Contains("build_property.FactGenEmit = all\n", assets.EditorConfig);
        Assert.Contains("build_property.FactGenMaxArticleBytes = 4194304\n", assets.EditorConfig);
        Assert.Contains("build_metadata.AdditionalFiles.FactGenSourceName = 2025/harbour.txt\n", assets.EditorConfig);
        Assert.Equal(
            new[] { "2025/harbour.txt", "library.txt" },
            assets.Articles.OrderBy(n => n, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_project_that_marks_no_article_gets_no_generator_unless_it_opts_into_the_default_glob()
    {
        var folder = _feed.WriteConsumer("idle", IdleConsumer.Files);

        var idle = Resolve(folder, "Idle.csproj");
        var opted = Resolve(folder, "Idle.csproj", "-p:FactGenDefaultArticles=true");

        Assert.DoesNotContain(idle.Analyzers, a => a.Contains("factgen", System.StringComparison.OrdinalIgnoreCase));
        Assert.Empty(idle.Articles);
        Assert.Contains(opted.Analyzers, a => a.EndsWith("analyzers/dotnet/cs/FactGen.Generator.dll", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "news/harbour.txt" }, opted.Articles);
    }

    [GeneratorFact]
    public void Waic2025_consumer_compiles_against_the_facts_and_runs_without_the_generator()
    {
        var folder = _feed.WriteConsumer("waic", Consumers.Waic);

        var output = BuildAndRun(folder, "WaicConsumer", out _);

        Assert.Contains("Event: ", output);
        Assert.Contains("Artificial Intelligence Conference", output);
        Assert.Contains("Constant: ", output);
        Assert.True(output.Contains("Generated here: []", System.StringComparison.Ordinal), $"the generator ran in the consumer:\n{output}");
    }

    [GeneratorFact]
    public void FactGen_consumer_gets_typed_facts_of_its_own_articles()
    {
        var folder = _feed.WriteConsumer("own", Consumers.OwnArticles);

        var output = BuildAndRun(folder, "OwnArticles", out var build);

        // The package's generator reports inside the consumer's own article, at the line and column.
        Assert.Matches(@"library\.txt\(2,\d+\): warning FG0001", build);

        Assert.Contains("Document: 2025/harbour.txt", output);
        Assert.Contains("Document: library.txt", output);
        Assert.DoesNotContain("notes.txt", output);
        Assert.DoesNotContain("PublicAPI", output);
        Assert.Contains("Quote: Machines should carry the heavy loads", output);
    }

    private string BuildAndRun(string folder, string name, out string buildOutput)
    {
        var (code, output) = DotNet.Run(folder, _feed.ConsumerEnvironment, "build", "-c", "Release", "-nodeReuse:false");
        Assert.True(code == 0, $"the consumer did not build:\n{output}");
        buildOutput = output;
        var (runCode, runOutput) = DotNet.Run(folder, _feed.ConsumerEnvironment, Path.Combine("bin", "Release", "net10.0", name + ".dll"));
        Assert.True(runCode == 0, $"the consumer failed ({runCode}):\n{runOutput}");
        return runOutput;
    }

    /// <summary>Restores a consumer and resolves its package assets, without compiling it.</summary>
    private ResolvedAssets Resolve(string folder, string project, params string[] properties)
    {
        string[] args =
        [
            "msbuild", project, "-restore", "-nodeReuse:false", "-t:ResolveReferences;GenerateMSBuildEditorConfigFile",
            "-getItem:Analyzer", "-getItem:AdditionalFiles", "-getItem:RuntimeCopyLocalItems",
            "-getProperty:FactGenClassName", "-getProperty:GeneratedMSBuildEditorConfigFile",
            .. properties,
        ];
        var (code, output) = DotNet.Run(folder, _feed.ConsumerEnvironment, args);
        Assert.True(code == 0, $"restore failed:\n{output}");
        using var json = JsonDocument.Parse(output[output.IndexOf('{', System.StringComparison.Ordinal)..]);
        var items = json.RootElement.GetProperty("Items");
        string[] Identities(string item) => items.TryGetProperty(item, out var list)
            ? list.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!.Replace('\\', '/')).ToArray()
            : [];
        var articles = items.TryGetProperty("AdditionalFiles", out var files)
            ? files.EnumerateArray()
                .Where(f => f.TryGetProperty("FactGenArticle", out var tag) && tag.GetString() == "true")
                .Select(f => f.GetProperty("FactGenSourceName").GetString()!)
                .ToArray()
            : [];
        var built = json.RootElement.GetProperty("Properties");
        var editorConfig = Path.Combine(folder, built.GetProperty("GeneratedMSBuildEditorConfigFile").GetString()!);
        return new ResolvedAssets(
            Identities("Analyzer"),
            Identities("RuntimeCopyLocalItems"),
            articles,
            built.GetProperty("FactGenClassName").GetString() ?? string.Empty,
            File.Exists(editorConfig) ? File.ReadAllText(editorConfig).Replace("\r\n", "\n", System.StringComparison.Ordinal) : string.Empty);
    }

    private string[] Entries(string id)
    {
        using var zip = ZipFile.OpenRead(_feed.PackagePath(id));
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private XElement[] Dependencies(string id)
    {
        using var zip = ZipFile.OpenRead(_feed.PackagePath(id));
        using var nuspec = zip.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency").ToArray();
    }

    /// <param name="EditorConfig">The analyzer config the compiler gets: the options and item metadata the generator reads.</param>
    private sealed record ResolvedAssets(string[] Analyzers, string[] PackageFolders, string[] Articles, string FactGenClassName, string EditorConfig);
}
