using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Extraction;
using FactGen.Extraction.Consolidation;

namespace FactGen.Cli;

/// <summary>Entry point of <c>factgen</c>.</summary>
internal static class Program
{
    /// <summary>Articles larger than this are skipped with a diagnostic (they are almost never news text).</summary>
    internal const long MaxArticleBytes = 4 * 1024 * 1024;

    private const string Usage =
        "usage: factgen extract PATH... [--format json|table] [--output FILE]\n" +
        "  PATH     an article (.txt) or a folder of articles (searched recursively)\n" +
        "  --format json (default) prints the JSON export contract; table prints a readable summary\n" +
        "  --output write to FILE instead of standard output";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the CLI; returns the process exit code (0 ok, 1 some input unreadable, 2 usage or path error).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] != "extract")
        {
            stderr.WriteLine($"factgen: unknown command '{args[0]}'.");
            stderr.WriteLine(Usage);
            return 2;
        }

        var paths = new List<string>();
        var format = "json";
        string? output = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" or "-f" when i + 1 < args.Length:
                    format = args[++i];
                    break;
                case "--output" or "-o" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--format" or "-f" or "--output" or "-o":
                    stderr.WriteLine($"factgen: {args[i]} needs a value.");
                    return 2;
                default:
                    if (args[i].StartsWith("-", StringComparison.Ordinal))
                    {
                        stderr.WriteLine($"factgen: unknown option '{args[i]}'.");
                        stderr.WriteLine(Usage);
                        return 2;
                    }

                    paths.Add(args[i]);
                    break;
            }
        }

        if (format is not ("json" or "table"))
        {
            stderr.WriteLine($"factgen: unknown format '{format}' (use json or table).");
            return 2;
        }

        if (paths.Count == 0)
        {
            stderr.WriteLine("factgen: no PATH given.");
            stderr.WriteLine(Usage);
            return 2;
        }

        List<ArticleInput> inputs;
        try
        {
            inputs = ArticleInput.Expand(paths);
        }
        catch (FileNotFoundException ex)
        {
            stderr.WriteLine($"factgen: error: {ex.Message}");
            return 2;
        }

        var documents = new DocumentFacts[inputs.Count];
        Parallel.For(0, inputs.Count, i => documents[i] = Read(inputs[i]));
        var facts = Consolidator.Consolidate(documents);

        foreach (var d in facts.Diagnostics.Where(d => d.Severity != FactSeverity.Info))
        {
            var path = inputs.FirstOrDefault(i => i.Name == d.File)?.Path ?? d.File;
            stderr.WriteLine($"{path}({d.Line},{d.Column}): {Names.Of(d.Severity)} {d.Id}: {d.Message}");
        }

        var rendered = format == "json" ? JsonExport.ToText(facts) : TableExport.ToText(facts);
        try
        {
            if (output is null)
            {
                stdout.Write(rendered);
            }
            else
            {
                File.WriteAllText(output, rendered);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factgen: error: cannot write {output}: {ex.Message}");
            return 2;
        }

        var unreadable = facts.Diagnostics.Any(d => d.Id is DiagnosticIds.UnreadableFile or DiagnosticIds.FileTooLarge);
        return unreadable ? 1 : 0;
    }

    private static DocumentFacts Read(ArticleInput input)
    {
        try
        {
            var info = new FileInfo(input.Path);
            if (info.Length > MaxArticleBytes)
            {
                return DocumentExtractor.Failed(input.Name, DiagnosticIds.FileTooLarge, FactSeverity.Warning,
                    $"The article is {info.Length:N0} bytes, over the {MaxArticleBytes:N0}-byte limit; it was skipped.");
            }

            return DocumentExtractor.Extract(input.Name, File.ReadAllBytes(input.Path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DocumentExtractor.Failed(input.Name, DiagnosticIds.UnreadableFile, FactSeverity.Error,
                $"The article could not be read: {ex.Message}");
        }
    }
}
