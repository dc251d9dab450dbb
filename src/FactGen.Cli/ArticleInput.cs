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
    /// <exception cref="InputException">A path does not exist, a folder cannot be listed, or two articles would share a name.</exception>
    public static List<ArticleInput> Expand(IEnumerable<string> paths)
    {
        var inputs = new List<ArticleInput>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                inputs.AddRange(ListFolder(path));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new ArticleInput(System.IO.Path.GetFullPath(path), System.IO.Path.GetFileName(path)));
            }
            else
            {
                throw new InputException($"no such file or folder: {path}");
            }
        }

        var unique = inputs
            .GroupBy(i => i.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ToList();

        // Evidence names a file by this name alone, so two different files must not share it.
        var clash = unique.GroupBy(i => i.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InputException(
                $"two articles would both be named '{clash.Key}' in the output: {string.Join(" and ", clash.Select(i => i.Path))}; give their common parent folder instead.");
        }

        return unique;
    }

    private static IEnumerable<ArticleInput> ListFolder(string path)
    {
        var root = System.IO.Path.GetFullPath(path);
        try
        {
            return Directory
                .EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
                .Select(f => new ArticleInput(f, System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')))
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new InputException($"cannot list the folder {path}: {ex.Message}");
        }
    }
}

/// <summary>A problem with the command line's paths, reported to the user as one line and exit code 2.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }
}
