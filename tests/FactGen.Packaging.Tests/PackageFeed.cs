using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FactGen.Packaging.Tests;

/// <summary>
/// Packs FactGen and FactGen.Waic2025 once per test run into a temporary feed, from a clean copy of the
/// sources (so the repository's own bin/ and obj/ are never touched), with a version no cache has seen and
/// a private NuGet packages folder for the consumers, so a stale package can never hide a change.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        Version = $"0.1.0-test.{stamp}";
        WorkDirectory = Path.Combine(Path.GetTempPath(), $"factgen-packaging-{stamp}-{Environment.ProcessId}");
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        ConsumersDirectory = Path.Combine(WorkDirectory, "consumers");
        ConsumerEnvironment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "packages") };

        var sources = Path.Combine(WorkDirectory, "repo");
        CopySources(Repository.Root, sources);
        // Every project the packages are built from, so all build in Release (a solution builds projects
        // outside it in their default configuration); only the two packable ones produce packages.
        File.WriteAllText(Path.Combine(sources, "pack.slnx"),
            "<Solution>\n" +
            "  <Project Path=\"src/FactGen.Extraction/FactGen.Extraction.csproj\" />\n" +
            "  <Project Path=\"src/FactGen.Generator/FactGen.Generator.csproj\" />\n" +
            "  <Project Path=\"src/FactGen/FactGen.csproj\" />\n" +
            "  <Project Path=\"samples/FactGen.Waic2025/FactGen.Waic2025.csproj\" />\n" +
            "</Solution>\n");
        var (code, output) = DotNet.Run(sources, null,
            "pack", "pack.slnx", "-c", "Release", "-nodeReuse:false",
            $"-p:FactGenVersion={Version}", $"-p:PackageOutputPath={FeedDirectory}");
        if (code != 0)
        {
            // xunit never disposes a fixture whose constructor threw: clean up here.
            Dispose();
            throw new InvalidOperationException($"dotnet pack failed ({code}):\n{output}");
        }

        WriteConsumerRoot();
    }

    /// <summary>The unique version both packages carry.</summary>
    public string Version { get; }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string ConsumersDirectory { get; }

    /// <summary>Environment for consumer builds: the private packages folder.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment { get; }

    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    /// <summary>Writes a consumer project (files relative to its folder) below the consumers folder; returns its folder.</summary>
    public string WriteConsumer(string name, IReadOnlyDictionary<string, string> files)
    {
        var folder = Path.Combine(ConsumersDirectory, name);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Value.Replace("$VERSION$", Version, StringComparison.Ordinal));
        }

        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void WriteConsumerRoot()
    {
        Directory.CreateDirectory(ConsumersDirectory);

        // Stop MSBuild's upward search for Directory.*.props: a consumer is a project of its own.
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersDirectory, "Directory.Packages.props"), "<Project />\n");

        // The temporary feed plus the normal source; FactGen packages may come from the feed only.
        File.WriteAllText(Path.Combine(ConsumersDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="factgen-test" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="factgen-test">
                  <package pattern="FactGen" />
                  <package pattern="FactGen.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "README.md", ".editorconfig", "global.json", "nuget.config", "NuGet.Config" })
        {
            if (File.Exists(Path.Combine(from, file)))
            {
                Directory.CreateDirectory(to);
                File.Copy(Path.Combine(from, file), Path.Combine(to, file));
            }
        }

        foreach (var folder in new[] { "src", Path.Combine("samples", "FactGen.Waic2025"), "seeds" })
        {
            CopyFolder(Path.Combine(from, folder), Path.Combine(to, folder));
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
