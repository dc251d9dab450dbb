using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace FactGen.Cli.Tests;

/// <summary>
/// Hostile files and failures through the CLI: each gets one clear diagnostic or one line on stderr, the
/// other articles keep their facts, and nothing depends on the current culture.
/// </summary>
public sealed class HostileInputCliTests
{
    [Fact]
    public void An_empty_file_is_FG0004_info_and_the_other_articles_keep_their_facts()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Articles.Harbour);
        folder.WriteBytes("empty.txt", Array.Empty<byte>());

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(("FG0004", "info", "The article is empty or holds only whitespace; it contributes no facts.", 1, 1), OnlyDiagnostic(run, "empty.txt"));
        Assert.Contains("Clara Vella", People(run));
    }

    [Fact]
    public void A_whitespace_only_file_is_FG0004_info()
    {
        using var folder = new TempFolder();
        folder.Write("blank.txt", " \t\r\n\n   \u00A0\n");

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(("FG0004", "info", "The article is empty or holds only whitespace; it contributes no facts.", 1, 1), OnlyDiagnostic(run, "blank.txt"));
    }

    [Fact]
    public void A_binary_file_is_skipped_with_FG0011_at_its_first_NUL_and_exit_1()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Articles.Harbour);
        var bytes = Encoding.ASCII.GetBytes("PNG\nab").Concat(new byte[] { 0, 1, 2, 0xFF, 0xD8, 0 }).ToArray();
        var binary = folder.WriteBytes("image.txt", bytes);

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{binary}(2,3): warning FG0011: The article is not text (a NUL character from here on, as in a binary file); it is skipped.\n",
            run.Stderr);
        Assert.Equal(("FG0011", "warning", "The article is not text (a NUL character from here on, as in a binary file); it is skipped.", 2, 3), OnlyDiagnostic(run, "image.txt"));
        Assert.Contains("Clara Vella", People(run));
    }

    [Fact]
    public void Control_characters_without_NUL_make_a_file_binary_only_when_frequent()
    {
        using var folder = new TempFolder();
        folder.Write("noise.txt", string.Concat(Enumerable.Repeat("ab\u0001\u0002", 50)));
        folder.Write("stray.txt", Articles.Harbour.Replace("Firms", "\u001AFirms"));

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(("FG0011", "warning", "The article is not text (control characters from here on, as in a binary file); it is skipped.", 1, 3), OnlyDiagnostic(run, "noise.txt"));
        Assert.Contains("Clara Vella", People(run));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_with_a_BOM_just_works(string encodingName)
    {
        using var folder = new TempFolder();
        var encoding = Encoding.GetEncoding(encodingName);
        folder.WriteBytes("a.txt", encoding.GetPreamble().Concat(encoding.GetBytes(Articles.Harbour)).ToArray());

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(Utf8Run(Articles.Harbour).Stdout, run.Stdout);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_without_a_BOM_is_read_as_UTF16_with_FG0012_info(string encodingName)
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.txt", Encoding.GetEncoding(encodingName).GetBytes(Articles.Harbour));

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("FG0012", first.GetProperty("id").GetString());
        Assert.Equal("info", first.GetProperty("severity").GetString());
        Assert.Equal("The article is UTF-16 without a byte-order mark; it was read as UTF-16. Save it as UTF-8 to silence this message.", first.GetProperty("message").GetString());
        Assert.Equal(People(Utf8Run(Articles.Harbour)), People(run));
    }

    [Fact]
    public void A_20_MB_file_is_skipped_with_FG0006_at_line_1_under_the_default_limit()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Articles.Library);
        var line = "The council met again on Monday and talked about the harbour. ";
        var big = folder.Write("big.txt", new StringBuilder(20 * 1024 * 1024 + line.Length).Insert(0, line, (20 * 1024 * 1024 / line.Length) + 1).ToString());
        var size = new FileInfo(big).Length;

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{big}(1,1): warning FG0006: The article is {size} bytes, over the 4194304-byte limit (--max-bytes); it is skipped.\n", run.Stderr);
        Assert.Contains("Tomas Berg", People(run));
    }

    [Fact]
    public void Max_article_bytes_is_accepted_as_the_long_name_of_max_bytes()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", Articles.Harbour);

        var run = CliRun.Of("extract", folder.Path, "--max-article-bytes", "100");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}(1,1): warning FG0006: The article is {new FileInfo(file).Length} bytes, over the 100-byte limit (--max-bytes); it is skipped.\n", run.Stderr);
    }

    [Fact]
    public void A_one_megabyte_single_line_article_is_extracted()
    {
        using var folder = new TempFolder();
        var sentence = "Mayor Clara Vella said the harbour would reopen, and Acme Corp agreed; ";
        folder.Write("line.txt", string.Concat(Enumerable.Repeat(sentence, (1024 * 1024 / sentence.Length) + 1)));

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Clara Vella", People(run));
    }

    [Fact]
    public void Pathological_repetition_is_extracted_and_the_other_article_keeps_its_facts()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Articles.Library);
        folder.Write("sentence.txt", string.Concat(Enumerable.Repeat("Mayor Clara Vella opened the harbour on Monday. ", 10_000)));
        folder.Write("quote.txt", string.Concat(Enumerable.Repeat("\"The harbour is open,\" said Mayor Clara Vella.\n", 10_000)));
        folder.Write("names.txt", string.Concat(Enumerable.Range(0, 5_000).Select(i => $"{(i % 2 == 0 ? "John" : "Mary")} {(char)('A' + (i % 26))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i / 676 % 26))}son said the plan works.\n\n")));
        folder.Write("marks.txt", string.Concat(Enumerable.Repeat("He said \"we will go. ", 10_000)));
        folder.Write("caps.txt", string.Join(" ", Enumerable.Range(0, 20_000).Select(i => "Alpha" + (char)('a' + (i % 26)))));

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var people = People(run);
        Assert.Contains("Tomas Berg", people);
        Assert.Contains("Clara Vella", people);
        Assert.True(people.Length > 1000, "the thousands of names are kept");
    }

    [Theory]
    [InlineData("extract", "--max-bytes", "-5", "x")]
    [InlineData("extract", "--max-bytes", "1e9", "x")]
    [InlineData("extract", "--format", "yaml", "x")]
    [InlineData("extract", "--output")]
    [InlineData("extract", "--bogus", "x")]
    [InlineData("nonsense")]
    [InlineData]
    public void Every_usage_error_is_exactly_one_line_on_stderr_and_exit_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run.Stderr);
        Assert.StartsWith("factgen: ", run.Stderr);
    }

    [Fact]
    public void A_missing_path_is_one_line()
    {
        var run = CliRun.Of("extract", "/no/such/factgen/folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("factgen: error: no such file or folder: /no/such/factgen/folder\n", run.Stderr);
    }

    [Fact]
    public void An_unreadable_file_is_one_FG0005_line_and_the_others_keep_their_facts()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("good.txt", Articles.Harbour);
        var dangling = Path.Combine(folder.Path, "gone.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(folder.Path, "no-such-target"));

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run.Stderr);
        Assert.StartsWith($"{dangling}(1,1): error FG0005: The article could not be read: ", run.Stderr);
        Assert.Contains("Clara Vella", People(run));
    }

    [Fact]
    public void A_file_without_read_permission_is_one_FG0005_line()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var locked = folder.Write("locked.txt", Articles.Harbour);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        if (CanRead(locked))
        {
            // Root reads every file: there is no permission error to provoke.
            return;
        }

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run.Stderr);
        Assert.StartsWith($"{locked}(1,1): error FG0005: The article could not be read: ", run.Stderr);
    }

    [Fact]
    public void An_internal_exception_is_one_line_and_exit_3()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Articles.Harbour);
        var stderr = new StringWriter();

        var code = Program.Run(new[] { "extract", folder.Path, "--format", "table" }, new FailingWriter(), stderr);

        Assert.Equal(3, code);
        Assert.Equal("factgen: internal error: IOException: the disk is full (this message has a line break)\n", stderr.ToString());
    }

    [Theory]
    [InlineData("tr_TR.UTF-8")]
    [InlineData("de_DE.UTF-8")]
    public void Diagnostics_and_output_are_the_same_bytes_under_any_culture(string locale)
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Articles.Harbour);
        folder.Write("big.txt", new string('I', 5000) + " Istanbul");
        folder.WriteBytes("bad.txt", new byte[] { (byte)'I', (byte)'i', 0xE9, (byte)'\n' });
        folder.WriteBytes("bin.txt", new byte[] { (byte)'I', 0, 0 });
        folder.WriteBytes("wide.txt", Encoding.Unicode.GetBytes("Ingrid Irmak said \"\u0130yi,\" in Izmir on 1 March 2025.\n"));

        var reference = CultureRun.Of("C", "extract", folder.Path, "--max-bytes", "1200", "--format", "table");
        var local = CultureRun.Of(locale, "extract", folder.Path, "--max-bytes", "1200", "--format", "table");

        Assert.Contains("over the 1200-byte limit", local.Stderr);
        Assert.Equal(reference, local);
    }

    private static CliRun Utf8Run(string text)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", text);
        return CliRun.Of("extract", folder.Path);
    }

    private static (string Id, string Severity, string Message, int Line, int Column) OnlyDiagnostic(CliRun run, string file)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("file").GetString() == file)
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()))
            .ToList();
        return Assert.Single(found);
    }

    private static string[] People(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        return json.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
    }

    private static void AssertOneLine(string stderr)
    {
        Assert.EndsWith("\n", stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", stderr);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Standard output on a full disk.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("the disk is full\n(this message has a line break)");
    }
}
