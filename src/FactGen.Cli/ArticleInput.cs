using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactGen.Cli;

/// <summary>One article to read: its path on disk and the name its evidence uses.</summary>
/// <param name="Path">Full path on disk.</param>
/// <param name="Name">Path relative to the folder given on the command line ('/' separated), or the file name for a file argument.</param>
internal sealed record ArticleInput(string Path, string Name)
{
    /// <summary>
    /// Expands command-line paths: a folder gives every *.txt below it (recursively), a file gives itself.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public static List<ArticleInput> Expand(IEnumerable<string> paths)
    {
        var inputs = new List<ArticleInput>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = System.IO.Path.GetFullPath(path);
                inputs.AddRange(Directory
                    .EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
                    .Select(f => new ArticleInput(f, System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new ArticleInput(System.IO.Path.GetFullPath(path), System.IO.Path.GetFileName(path)));
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            }
        }

        return inputs
            .GroupBy(i => i.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
    }
}
