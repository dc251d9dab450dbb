using System;
using System.IO;
using System.Linq;

namespace FactGen.Packaging.Tests;

/// <summary>Finds the repository this test was built from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// True once src/FactGen.Generator registers source output. Until then the generator is a stub and the
    /// consumer checks that need generated facts are skipped, with that reason, instead of failing.
    /// </summary>
    public static bool GeneratorEmitsSource { get; } = Directory
        .EnumerateFiles(Path.Combine(Root, "src", "FactGen.Generator"), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Any(f => File.ReadAllText(f).Contains("SourceOutput(", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"FactGen.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A fact that needs the real source generator; skipped with a clear reason while it is a stub.</summary>
public sealed class GeneratorFactAttribute : FactAttribute
{
    public GeneratorFactAttribute()
    {
        if (!Repository.GeneratorEmitsSource)
        {
            Skip = "src/FactGen.Generator registers no source output yet (stub): runs as soon as the real generator is in.";
        }
    }
}
