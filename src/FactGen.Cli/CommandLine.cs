using System;
using System.Collections.Generic;
using System.Globalization;

namespace FactGen.Cli;

/// <summary>The parsed arguments of <c>factgen extract</c> and <c>factgen eval</c>.</summary>
internal sealed class CommandLine
{
    /// <summary>Articles larger than this are skipped with a diagnostic unless --max-bytes says otherwise (they are almost never news text).</summary>
    public const long DefaultMaxArticleBytes = 4 * 1024 * 1024;

    /// <summary>The usage in one line, for error messages (stderr gets one line per failure).</summary>
    public const string ShortUsage =
        "usage: factgen extract PATH... [--format json|table] [--output FILE] [--max-bytes N] | factgen eval PATH... --gold FILE (factgen --help for details)";

    public const string Usage =
        "usage: factgen extract PATH... [--format json|table] [--output FILE] [--max-bytes N]\n" +
        "       factgen eval PATH... --gold FILE [--output FILE] [--max-bytes N]\n" +
        "  PATH         an article (.txt) or a folder of articles (searched recursively)\n" +
        "  --format     json (default) prints the JSON export contract; table prints a readable summary\n" +
        "  --gold       eval: score the extraction against this gold file (the shared seeds gold format)\n" +
        "  --output     write to FILE instead of standard output\n" +
        "  --max-bytes  skip articles larger than N bytes (default 4194304; also --max-article-bytes)\n" +
        "exit codes: 0 ok, 1 some article could not be read (or is not text, or too large), 2 usage or path error, 3 internal error\n" +
        "diagnostics go to standard error as file(line,col): severity FGnnnn: message";

    public List<string> Paths { get; } = new();

    public string Format { get; private set; } = "json";

    public string? Output { get; private set; }

    /// <summary>The gold file <c>eval</c> scores against.</summary>
    public string? Gold { get; private set; }

    public long MaxArticleBytes { get; private set; } = DefaultMaxArticleBytes;

    /// <summary>Parses the arguments after the command name; returns null and sets <paramref name="error"/> when they make no sense.</summary>
    public static CommandLine? Parse(string command, IReadOnlyList<string> args, out string? error)
    {
        var eval = command == "eval";
        var line = new CommandLine();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--format" or "-f" or "--output" or "-o" or "--max-bytes" or "--max-article-bytes" || (eval && arg == "--gold"))
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{arg} needs a value.";
                    return null;
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--format" or "-f":
                        line.Format = value;
                        break;
                    case "--output" or "-o":
                        line.Output = value;
                        break;
                    case "--gold":
                        line.Gold = value;
                        break;
                    default:
                        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max <= 0)
                        {
                            error = $"{arg} needs a positive whole number of bytes, not '{value}'.";
                            return null;
                        }

                        line.MaxArticleBytes = max;
                        break;
                }
            }
            else if (arg == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    line.Paths.Add(args[i]);
                }
            }
            else if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
            {
                error = $"unknown option '{arg}'.";
                return null;
            }
            else
            {
                line.Paths.Add(arg);
            }
        }

        if (line.Format is not ("json" or "table"))
        {
            error = $"unknown format '{line.Format}' (use json or table).";
            return null;
        }

        if (eval && line.Gold is null)
        {
            error = "eval needs --gold FILE.";
            return null;
        }

        if (line.Paths.Count == 0)
        {
            error = "no PATH given.";
            return null;
        }

        return line;
    }
}
