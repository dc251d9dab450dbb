using System.IO;
using System.Text.Json;

namespace FactGen.Cli.Tests;

public sealed class ErrorHandlingTests
{
    [Fact]
    public void A_missing_path_exits_2_with_a_message()
    {
        var missing = Path.Combine(Path.GetTempPath(), "factgen-no-such-folder-7c1e");

        var run = CliRun.Of("extract", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"no such file or folder: {missing}", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Invalid_utf8_is_a_located_diagnostic_and_exit_1()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Articles.Library);
        var bad = folder.WriteBytes("bad.txt", new byte[] { (byte)'A', (byte)'b', 0xFF, 0xFE, 0xC3, (byte)'\n' });

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}(1,3): warning FG0005: ", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_first_bad_byte()
    {
        using var folder = new TempFolder();
        // BOM, "Ok", then "ét " in UTF-8 followed by a Latin-1 'é' (0xE9), invalid as UTF-8: line 2, column 4.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'O', (byte)'k', (byte)'\n', 0xC3, 0xA9, (byte)'t', (byte)' ', 0xE9, (byte)'\n' };
        var bad = folder.WriteBytes("latin1.txt", bytes);

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}(2,4): warning FG0005: ", run.Stderr);
    }

    [Fact]
    public void An_article_over_the_size_limit_is_skipped_with_FG0006_and_exit_1()
    {
        using var folder = new TempFolder();
        var big = folder.Write("big.txt", Articles.Harbour);

        var run = CliRun.Of("extract", folder.Path, "--max-bytes", "64");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{big}(1,1): warning FG0006: ", run.Stderr);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("extract", "--format", "xml", "x")]
    [InlineData("extract", "--format")]
    [InlineData("extract", "--max-bytes", "lots", "x")]
    [InlineData("extract", "--colour", "x")]
    [InlineData("extract")]
    public void Usage_errors_exit_2_with_usage(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("factgen: ", run.Stderr);
        Assert.Contains("usage: factgen extract", run.Stderr);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void No_arguments_prints_usage_and_exits_2()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: factgen extract", run.Stderr);
    }

    [Fact]
    public void Help_exits_0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("usage: factgen extract", run.Stdout);
    }

    [Fact]
    public void Two_articles_that_would_share_a_name_exit_2()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        one.Write("same.txt", Articles.Library);
        two.Write("same.txt", Articles.Harbour);

        var run = CliRun.Of("extract", one.Path, two.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'same.txt'", run.Stderr);
    }

    [Fact]
    public void An_unwritable_output_exits_2_with_a_message()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Articles.Library);
        var target = Path.Combine(folder.Path, "no-such-dir", "out.json");

        var run = CliRun.Of("extract", folder.Path, "-o", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot write {target}", run.Stderr);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void An_empty_folder_warns_and_prints_an_empty_result()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no .txt articles found", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
    }
}
