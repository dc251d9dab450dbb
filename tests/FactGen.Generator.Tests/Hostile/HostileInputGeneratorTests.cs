using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generator.Tests.Hostile;

/// <summary>
/// Hostile article files as the compiler really hands them to the generator (its decoding mirrored by
/// <see cref="CompilerReadText"/>): each gives its one named diagnostic, never an error, and the other
/// article still generates and compiles.
/// </summary>
public sealed class HostileInputGeneratorTests
{
    private const string Good = "expo.txt";

    [Fact]
    public void An_empty_file_is_FG0004_info()
    {
        var run = Run("empty.txt", Array.Empty<byte>());

        run.AssertOnly("empty.txt(1,1): info FG0004: The article is empty or holds only whitespace; it contributes no facts.");
    }

    [Fact]
    public void A_whitespace_only_file_is_FG0004_info()
    {
        var run = Run("blank.txt", Encoding.UTF8.GetBytes("  \r\n\t\n \u00A0 \n"));

        run.AssertOnly("blank.txt(1,1): info FG0004: The article is empty or holds only whitespace; it contributes no facts.");
    }

    [Fact]
    public void Binary_content_is_skipped_with_FG0011()
    {
        var bytes = Encoding.ASCII.GetBytes("PK\nzz").Concat(new byte[] { 0, 1, 2, 3, 0xFF, 0x80, 7 }).ToArray();

        var run = Run("archive.txt", bytes);

        run.AssertOnly("archive.txt(2,3): warning FG0011: The article is not text (a NUL character from here on, as in a binary file); it is skipped.");
    }

    [Fact]
    public void Invalid_utf8_read_by_a_Linux_compiler_is_FG0005_at_the_first_bad_byte()
    {
        var bytes = Encoding.ASCII.GetBytes("Ok\nAb").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" said Mayor Clara Vella on Monday.\n")).ToArray();

        var run = Run("latin.txt", bytes);

        run.AssertOnly("latin.txt(2,3): warning FG0005: The article is not valid UTF-8 from here on (nor UTF-16 with a byte-order mark); it was read as UTF-8 with the invalid bytes replaced by U+FFFD. Save it as UTF-8 to silence this warning.");
    }

    [Fact]
    public void Invalid_utf8_read_by_a_Windows_compiler_is_FG0005_at_the_same_place()
    {
        var bytes = Encoding.ASCII.GetBytes("Ok\nAb").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" said Mayor Clara Vella on Monday.\n")).ToArray();

        var run = Run("latin.txt", bytes, Encoding.Latin1);

        run.AssertOnly("latin.txt(2,3): warning FG0005: The article is not valid UTF-8 from here on (nor UTF-16 with a byte-order mark); it was read as iso-8859-1. Save it as UTF-8 to silence this warning.");
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_with_a_BOM_gives_the_same_source_as_UTF8(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var utf16 = Run("second.txt", encoding.GetPreamble().Concat(encoding.GetBytes(Corpora.ExpoFollowUp)).ToArray());
        var utf8 = Run("second.txt", Encoding.UTF8.GetBytes(Corpora.ExpoFollowUp));

        Assert.Equal(utf8.Source, utf16.Source);
        Assert.Equal(utf8.Diagnostics, utf16.Diagnostics);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_without_a_BOM_is_decoded_and_reported_as_FG0012_info(string name)
    {
        var run = Run("second.txt", Encoding.GetEncoding(name).GetBytes(Corpora.ExpoFollowUp));
        var utf8 = Run("second.txt", Encoding.UTF8.GetBytes(Corpora.ExpoFollowUp));

        Assert.Contains("second.txt(1,1): info FG0012: The article is UTF-16 without a byte-order mark; it was read as UTF-16. Save it as UTF-8 to silence this message.", run.Diagnostics);
        Assert.Equal(utf8.Source, run.Source);
    }

    [Fact]
    public void A_20_MB_file_is_skipped_with_FG0006_under_the_default_limit()
    {
        var line = "The council met again on Monday and talked about the harbour. ";
        var text = new StringBuilder().Insert(0, line, (20 * 1024 * 1024 / line.Length) + 1).ToString();

        var run = Run("big.txt", Encoding.UTF8.GetBytes(text));

        run.AssertOnly($"big.txt(1,1): warning FG0006: The article has {Encoding.UTF8.GetByteCount(text)} bytes, more than FactGenMaxArticleBytes (4194304); it is skipped.");
    }

    [Fact]
    public void A_one_megabyte_single_line_is_extracted()
    {
        var sentence = "Mayor Clara Vella said the harbour would reopen, and Acme Corp agreed; ";
        var text = new StringBuilder().Insert(0, sentence, (1024 * 1024 / sentence.Length) + 1).ToString();

        var run = Run("line.txt", Encoding.UTF8.GetBytes(text));

        Assert.DoesNotContain(run.Diagnostics, d => d.StartsWith("line.txt", StringComparison.Ordinal) && !d.Contains(" info ", StringComparison.Ordinal));
        Assert.Contains("Clara Vella", run.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_unbalanced_quotation_marks_and_repetition_generate_code_that_compiles()
    {
        var hostile = string.Concat(Enumerable.Repeat("He said \"we will go. ", 10_000)) + "\n" +
                      string.Concat(Enumerable.Repeat("\"We will win this,\" said John Smith.\n", 2_000)) +
                      string.Join(" ", Enumerable.Range(0, 5_000).Select(i => "Alpha" + (char)('a' + (i % 26)))) + ".\n";

        var run = Run("hostile.txt", Encoding.UTF8.GetBytes(hostile));

        Assert.DoesNotContain(run.Diagnostics, d => d.Contains("FG0010", StringComparison.Ordinal) || d.Contains("FG0013", StringComparison.Ordinal));
        Assert.Contains("John Smith", run.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_compiler_cannot_read_is_FG0005_and_the_rest_generates()
    {
        // Two NULs in a row and invalid UTF-8: the compiler's code page fallback refuses it as binary (it also reports CS2015 itself).
        var run = Run("blob.txt", new byte[] { (byte)'a', 0, 0, 0xFF, 0xFE, 0, 0 });

        run.AssertOnly("blob.txt(1,1): warning FG0005: The article could not be read; it contributes no facts.");
    }

    private static GeneratorRun Run(string name, byte[] bytes, Encoding? codePage = null)
    {
        var texts = new AdditionalText[]
        {
            new CompilerReadText(TestFile.Root + "articles/" + Good, Encoding.UTF8.GetBytes(Corpora.Expo), codePage),
            new CompilerReadText(TestFile.Root + "articles/" + name, bytes, codePage),
        };
        var options = new TestOptionsProvider(
            new Dictionary<string, string>(),
            texts.ToDictionary(t => t.Path, t => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactGenArticle"] = "true" }));
        var compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new FactsGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var result = driver.GetRunResult();
        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var source = GeneratorHarness.Source(driver);
        Assert.Contains("\"" + Good + "\"", source, StringComparison.Ordinal);
        return new GeneratorRun(source, result.Diagnostics.Select(GeneratorHarness.Format).Select(Short).ToArray());
    }

    /// <summary>"articles/x.txt(2,3,2,4): warning ..." as "x.txt(2,3): warning ...".</summary>
    private static string Short(string formatted)
    {
        if (!formatted.StartsWith("articles/", StringComparison.Ordinal))
        {
            return formatted;
        }

        var open = formatted.IndexOf('(');
        var close = formatted.IndexOf(')');
        var position = formatted.Substring(open + 1, close - open - 1).Split(',');
        return formatted.Substring("articles/".Length, open - "articles/".Length) + "(" + position[0] + "," + position[1] + ")" + formatted.Substring(close + 1);
    }

    private sealed record GeneratorRun(string Source, string[] Diagnostics)
    {
        /// <summary>The hostile file has exactly this diagnostic and no other; the good article has none but infos.</summary>
        public void AssertOnly(string expected)
        {
            var hostile = Diagnostics.Where(d => !d.StartsWith(Good, StringComparison.Ordinal)).ToArray();
            Assert.Equal(new[] { expected }, hostile);
        }
    }

    /// <summary>
    /// An AdditionalFile decoded as csc decodes one: UTF-8 read strictly (a BOM chooses UTF-8 or UTF-16), and
    /// on invalid bytes the system code page with binary detection: UTF-8 with replacement characters on
    /// Linux and macOS, Windows-1252 on most Windows machines. A file refused as binary reads as null.
    /// </summary>
    private sealed class CompilerReadText : AdditionalText
    {
        private readonly SourceText? _text;

        public CompilerReadText(string path, byte[] bytes, Encoding? codePage)
        {
            Path = path;
            try
            {
                _text = SourceText.From(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
            }
            catch (DecoderFallbackException)
            {
                try
                {
                    _text = SourceText.From(new MemoryStream(bytes), codePage ?? new UTF8Encoding(false), SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
                }
                catch (InvalidDataException)
                {
                    _text = null;
                }
            }
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
