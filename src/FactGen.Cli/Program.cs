using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FactGen.Cli.Eval;
using FactGen.Extraction;
using FactGen.Extraction.Consolidation;

namespace FactGen.Cli;

/// <summary>Entry point of <c>factgen</c>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            // One buffered UTF-8 writer, whatever the console's code page: the JSON can be megabytes long.
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            var code = Run(args, stdout, Console.Error);
            stdout.Flush();
            return code;
        }
        catch (Exception ex)
        {
            // Writing the last of the output failed (a closed pipe, a full disk): still no stack trace.
            Console.Error.WriteLine(InternalError(ex));
            return 3;
        }
    }

    /// <summary>The one line an unexpected exception becomes: its type and message, line breaks folded.</summary>
    internal static string InternalError(Exception ex)
    {
        if (ex is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            ex = aggregate.InnerExceptions[0];
        }

        return OneLine($"factgen: internal error: {ex.GetType().Name}: {ex.Message}");
    }

    /// <summary>Folds line breaks into spaces, so every failure is one line on stderr.</summary>
    internal static string OneLine(string message) =>
        message.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Runs the CLI; returns the process exit code (0 ok, 1 some article unreadable, 2 usage or path error, 3 internal error).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return RunCommand(args, stdout, stderr);
        }
        catch (Exception ex)
        {
            // Never a stack trace for a user: one line that says what broke.
            stderr.WriteLine(InternalError(ex));
            return 3;
        }
    }

    private static int RunCommand(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine($"factgen: no command given. {CommandLine.ShortUsage}");
            return 2;
        }

        switch (args[0])
        {
            case "-h" or "--help" or "help":
                stdout.WriteLine(CommandLine.Usage);
                return 0;
            case "--version":
                stdout.WriteLine(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return 0;
            case "extract" or "eval":
                break;
            default:
                stderr.WriteLine(OneLine($"factgen: unknown command '{args[0]}'. {CommandLine.ShortUsage}"));
                return 2;
        }

        var line = CommandLine.Parse(args[0], args.Skip(1).ToArray(), out var error);
        if (line is null)
        {
            stderr.WriteLine(OneLine($"factgen: {error} {CommandLine.ShortUsage}"));
            return 2;
        }

        return Extract(line, stdout, stderr);
    }

    private static int Extract(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        JsonElement? gold = null;
        if (line.Gold is not null)
        {
            gold = GoldFile.Load(line.Gold, out var goldError);
            if (gold is null)
            {
                stderr.WriteLine(OneLine($"factgen: error: {goldError}"));
                return 2;
            }
        }

        List<ArticleInput> inputs;
        try
        {
            inputs = ArticleInput.Expand(line.Paths);
        }
        catch (InputException ex)
        {
            stderr.WriteLine(OneLine($"factgen: error: {ex.Message}"));
            return 2;
        }

        if (inputs.Count == 0)
        {
            stderr.WriteLine($"factgen: warning: no .txt articles found in {string.Join(", ", line.Paths)}.");
        }

        var documents = new DocumentFacts[inputs.Count];
        Parallel.For(0, inputs.Count, i => documents[i] = ArticleReader.Read(inputs[i], line.MaxArticleBytes));
        var facts = Consolidator.Consolidate(documents);

        var pathsByName = inputs.ToDictionary(i => i.Name, i => i.Path, StringComparer.Ordinal);
        foreach (var d in facts.Diagnostics.Where(d => d.Severity != FactSeverity.Info))
        {
            var path = pathsByName.TryGetValue(d.File, out var full) ? full : d.File;
            stderr.WriteLine(OneLine(string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", path, d.Line, d.Column, Names.Of(d.Severity), d.Id, d.Message)));
        }

        try
        {
            Render(line, facts, gold, stdout);
        }
        catch (Exception ex) when (line.Output is not null && ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine(OneLine($"factgen: error: cannot write {line.Output}: {ex.Message}"));
            return 2;
        }

        var unreadable = facts.Diagnostics.Any(d => d.Id is DiagnosticIds.UnreadableFile or DiagnosticIds.FileTooLarge or DiagnosticIds.NotText or DiagnosticIds.TooComplex);
        return unreadable ? 1 : 0;
    }

    /// <summary>Writes the report, the JSON or the table to the output file or stdout.</summary>
    private static void Render(CommandLine line, CorpusFacts facts, JsonElement? gold, TextWriter stdout)
    {
        if (gold is null && line.Format == "json")
        {
            // Megabytes of JSON: stream the UTF-8 bytes out instead of building a string and re-encoding it.
            if (line.Output is not null)
            {
                using var file = new FileStream(line.Output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                JsonExport.Write(file, facts);
                file.WriteByte((byte)'\n');
                return;
            }

            if (stdout is StreamWriter { Encoding: UTF8Encoding } writer)
            {
                writer.Flush();
                JsonExport.Write(writer.BaseStream, facts);
                writer.BaseStream.WriteByte((byte)'\n');
                return;
            }
        }

        var rendered = gold is { } g ? Evaluate(facts, g)
            : line.Format == "json" ? JsonExport.ToText(facts)
            : TableExport.ToText(facts);
        if (line.Output is null)
        {
            stdout.Write(rendered);
        }
        else
        {
            File.WriteAllText(line.Output, rendered, new UTF8Encoding(false));
        }
    }

    /// <summary>Scores the facts exactly as exported: the gold is compared with the JSON contract, as the shared scorers do.</summary>
    private static string Evaluate(CorpusFacts facts, JsonElement gold)
    {
        using var predicted = JsonDocument.Parse(JsonExport.ToText(facts));
        return ReportWriter.ToText(GoldScorer.Score(predicted.RootElement, gold));
    }
}
