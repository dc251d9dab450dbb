using System;
using System.Linq;
using System.Text;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Hostile;

/// <summary>
/// Hostile bytes and the compiler's view of them: each case gives the one diagnostic named here, and the
/// bytes path (CLI) and the compiler path (generator) agree.
/// </summary>
public sealed class HostileInputDecodingTests
{
    private const string Article = "Mayor Clara Vella said \"the harbour reopens\" in Valletta on Monday.\n";

    [Fact]
    public void An_empty_file_gives_only_FG0004_info()
    {
        var facts = DocumentExtractor.Extract("empty.txt", Array.Empty<byte>());

        AssertOnly(facts, DiagnosticIds.NoFacts, FactSeverity.Info, "The article is empty or holds only whitespace; it contributes no facts.", 1, 1);
    }

    [Fact]
    public void A_whitespace_only_file_gives_only_FG0004_info()
    {
        var facts = DocumentExtractor.Extract("blank.txt", Encoding.UTF8.GetBytes(" \r\n\t \n\u00A0\u2003\n"));

        AssertOnly(facts, DiagnosticIds.NoFacts, FactSeverity.Info, "The article is empty or holds only whitespace; it contributes no facts.", 1, 1);
    }

    [Fact]
    public void Binary_content_is_skipped_with_FG0011_at_the_first_NUL()
    {
        var bytes = Encoding.ASCII.GetBytes("GIF89a\nxy").Concat(new byte[] { 0, 0xFF, 0x01, 0x80 }).ToArray();

        var facts = DocumentExtractor.Extract("image.txt", bytes);

        AssertOnly(facts, DiagnosticIds.NotText, FactSeverity.Warning, "The article is not text (a NUL character from here on, as in a binary file); it is skipped.", 2, 3);
    }

    [Fact]
    public void A_stray_NUL_in_real_text_keeps_the_article()
    {
        var facts = DocumentExtractor.Extract("padded.txt", Encoding.UTF8.GetBytes(Article + "\0"));

        Assert.DoesNotContain(facts.Diagnostics, d => d.Id == DiagnosticIds.NotText);
        Assert.Contains(facts.People, p => p.Name == "Clara Vella");
    }

    [Fact]
    public void Frequent_control_characters_are_binary_but_a_stray_one_is_not()
    {
        var noisy = DocumentExtractor.Extract("noisy.txt", Encoding.ASCII.GetBytes("ab\u0001\u0002cd\u0003\u0004"));
        var stray = DocumentExtractor.Extract("stray.txt", Encoding.UTF8.GetBytes(Article + "\u001A"));

        AssertOnly(noisy, DiagnosticIds.NotText, FactSeverity.Warning, "The article is not text (control characters from here on, as in a binary file); it is skipped.", 1, 3);
        Assert.DoesNotContain(stray.Diagnostics, d => d.Id == DiagnosticIds.NotText);
        Assert.Contains(stray.People, p => p.Name == "Clara Vella");
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_FG0005_at_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf\u00E9 ok\n").Concat(new byte[] { (byte)'A', 0xE9, (byte)'\n' }).Concat(Encoding.UTF8.GetBytes(Article)).ToArray();

        var facts = DocumentExtractor.Extract("latin.txt", bytes);

        var first = facts.Diagnostics[0];
        Assert.Equal((DiagnosticIds.UnreadableFile, FactSeverity.Warning, 2, 2), (first.Id, first.Severity, first.Line, first.Column));
        Assert.Equal("The article is not valid UTF-8 from here on (nor UTF-16 with a byte-order mark); it was read as Windows-1252. Save it as UTF-8 to silence this warning.", first.Message);
        Assert.Contains(facts.People, p => p.Name == "Clara Vella");
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_with_a_BOM_gives_the_same_facts_as_UTF8(string name)
    {
        var encoding = Encoding.GetEncoding(name);

        var facts = DocumentExtractor.Extract("a.txt", encoding.GetPreamble().Concat(encoding.GetBytes(Article)).ToArray());

        Assert.Equal(DocumentExtractor.Extract("a.txt", Encoding.UTF8.GetBytes(Article)), facts);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_without_a_BOM_is_detected_decoded_and_reported_as_FG0012_info(string name)
    {
        var facts = DocumentExtractor.Extract("a.txt", Encoding.GetEncoding(name).GetBytes("\u201CJos\u00E9\u201D " + Article));

        var note = facts.Diagnostics[0];
        Assert.Equal((DiagnosticIds.Utf16WithoutBom, FactSeverity.Info, 1, 1), (note.Id, note.Severity, note.Line, note.Column));
        Assert.Equal("The article is UTF-16 without a byte-order mark; it was read as UTF-16. Save it as UTF-8 to silence this message.", note.Message);
        Assert.Contains(facts.People, p => p.Name == "Clara Vella");
    }

    [Fact]
    public void The_compilers_utf8_with_replacement_characters_gets_FG0005_where_the_first_byte_was_replaced()
    {
        // What csc on Linux gives for invalid UTF-8: its default code page is UTF-8 with U+FFFD replacements.
        var facts = ArticleDecoder.FromCompiler("Ok\nA\uFFFD\n" + Article, new UTF8Encoding(false)).Extract("a.txt");

        var first = facts.Diagnostics[0];
        Assert.Equal((DiagnosticIds.UnreadableFile, 2, 2), (first.Id, first.Line, first.Column));
        Assert.Equal("The article is not valid UTF-8 from here on (nor UTF-16 with a byte-order mark); it was read as UTF-8 with the invalid bytes replaced by U+FFFD. Save it as UTF-8 to silence this warning.", first.Message);
    }

    [Fact]
    public void The_compilers_strict_utf8_is_taken_as_it_is()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);

        var facts = ArticleDecoder.FromCompiler(Article, strict).Extract("a.txt");

        Assert.Equal(DocumentExtractor.Extract("a.txt", Article), facts);
    }

    [Fact]
    public void The_compilers_code_page_fallback_is_reported_at_the_same_place_as_the_CLI_reports_it()
    {
        var bytes = Encoding.ASCII.GetBytes("Ok\nA").Concat(new byte[] { 0xE9, (byte)'\n' }).Concat(Encoding.ASCII.GetBytes(Article)).ToArray();
        var latin1 = Encoding.Latin1;

        var compiler = ArticleDecoder.FromCompiler(latin1.GetString(bytes), latin1).Extract("a.txt");
        var cli = DocumentExtractor.Extract("a.txt", bytes);

        Assert.Equal((2, 2), (compiler.Diagnostics[0].Line, compiler.Diagnostics[0].Column));
        Assert.Equal((cli.Diagnostics[0].Line, cli.Diagnostics[0].Column), (compiler.Diagnostics[0].Line, compiler.Diagnostics[0].Column));
        Assert.EndsWith("it was read as iso-8859-1. Save it as UTF-8 to silence this warning.", compiler.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_compilers_reading_of_UTF16_without_a_BOM_is_undone(bool bigEndian)
    {
        // The compiler reads "J\0o\0..." as valid UTF-8 with a NUL after every letter.
        var bytes = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes("\u201CYes\u201D " + Article);
        var asCompilerSees = new string(bytes.Select(b => b < 0x80 ? (char)b : '\uFFFD').ToArray());

        var facts = ArticleDecoder.FromCompiler(asCompilerSees, new UTF8Encoding(false, true)).Extract("a.txt");

        Assert.Equal(DiagnosticIds.Utf16WithoutBom, facts.Diagnostics[0].Id);
        Assert.Equal(DocumentExtractor.Extract("a.txt", Encoding.UTF8.GetBytes("\u201CYes\u201D " + Article)).People, facts.People);
    }

    [Fact]
    public void An_article_past_its_work_budget_is_skipped_with_FG0013()
    {
        var text = string.Concat(Enumerable.Repeat("John Smith said: ", 2000));

        var facts = ArticleDecoder.FromCompiler(text, null).Extract("loop.txt", budget: 10_000);

        AssertOnly(facts, DiagnosticIds.TooComplex, FactSeverity.Warning,
            "The article needs far more work than its length warrants (pathological repetition or structure); it is skipped so the build does not stall.", 1, 1);
    }

    [Fact]
    public void The_work_budget_leaves_the_next_article_on_the_thread_alone()
    {
        ArticleDecoder.FromCompiler(string.Concat(Enumerable.Repeat("John Smith said: ", 2000)), null).Extract("loop.txt", budget: 10_000);

        var next = ArticleDecoder.FromCompiler(Article, null).Extract("next.txt");

        Assert.Contains(next.People, p => p.Name == "Clara Vella");
    }

    [Fact]
    public void Ten_thousand_unbalanced_quotation_marks_give_no_quote_and_no_failure()
    {
        var text = Article + string.Concat(Enumerable.Repeat("He said \"we will go. ", 10_000));

        var facts = ArticleDecoder.FromCompiler(text, null).Extract("quotes.txt");

        Assert.DoesNotContain(facts.Diagnostics, d => d.Id is DiagnosticIds.InternalError or DiagnosticIds.TooComplex);
        Assert.Contains(facts.People, p => p.Name == "Clara Vella");
    }

    private static void AssertOnly(DocumentFacts facts, string id, FactSeverity severity, string message, int line, int column)
    {
        var only = Assert.Single(facts.Diagnostics);
        Assert.Equal((id, severity, message, line, column), (only.Id, only.Severity, only.Message, only.Line, only.Column));
        Assert.Empty(facts.People);
        Assert.Empty(facts.Quotes);
    }
}
