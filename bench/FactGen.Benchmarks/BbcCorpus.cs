using System;
using System.IO;
using System.Linq;

namespace FactGen.Benchmarks;

/// <summary>
/// The BBC News corpus (2,225 articles) read in place from ../shared/corpora/bbc: research-only data
/// that is never copied into the repository. FACTGEN_BBC overrides the folder.
/// </summary>
internal sealed class BbcCorpus
{
    private BbcCorpus(string root, (string Name, string Text)[] articles)
    {
        Root = root;
        Articles = articles;
        Bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
    }

    public string Root { get; }

    /// <summary>Articles by name relative to the corpus root ("business/001.txt"), in ordinal order.</summary>
    public (string Name, string Text)[] Articles { get; }

    /// <summary>Total size of the articles in UTF-8 bytes.</summary>
    public long Bytes { get; }

    /// <summary>The corpus folder, or null when it is not beside the repository.</summary>
    public static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FACTGEN_BBC");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactGen.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora", "bbc"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    public static BbcCorpus Load()
    {
        var root = Locate() ?? throw new DirectoryNotFoundException(MissingMessage);
        var articles = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetRelativePath(root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();
        return new BbcCorpus(root, articles);
    }

    public const string MissingMessage =
        "The BBC corpus was not found at ../shared/corpora/bbc beside the repository (or FACTGEN_BBC); benchmarks skipped.";
}
