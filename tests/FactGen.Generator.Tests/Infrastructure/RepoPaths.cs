using System;
using System.IO;

namespace FactGen.Generator.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding FactGen.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>
    /// A [CallerFilePath] as a real path: deterministic CI builds map source paths to "/_/...",
    /// which is turned back into a path under the repository root.
    /// </summary>
    public static string Source(string callerFilePath)
    {
        if (File.Exists(callerFilePath))
        {
            return callerFilePath;
        }

        var normalized = callerFilePath.Replace('\\', '/');
        var mapped = normalized.StartsWith("/_/", StringComparison.Ordinal) ? normalized.Substring(3) : normalized.TrimStart('/');
        return Path.Combine(Root, mapped);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactGen.sln not found above " + AppContext.BaseDirectory);
    }
}
