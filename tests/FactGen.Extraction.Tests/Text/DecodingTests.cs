using System.Linq;
using System.Text;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Text;

public class DecodingTests
{
    [Fact]
    public void Utf8WithAndWithoutBomDecodeTheSame()
    {
        var plain = Encoding.UTF8.GetBytes("“Hello,” she said.");
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();

        Assert.Equal("“Hello,” she said.", ArticleText.Decode(plain, out var invalid1));
        Assert.Equal("“Hello,” she said.", ArticleText.Decode(withBom, out var invalid2));
        Assert.Null(invalid1);
        Assert.Null(invalid2);
    }

    [Fact]
    public void Utf16WithBomIsRecognised()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Prices rose.")).ToArray();

        Assert.Equal("Prices rose.", ArticleText.Decode(bytes, out var invalid));
        Assert.Null(invalid);
    }

    [Fact]
    public void InvalidUtf8IsReadAsWindows1252AndFlagged()
    {
        // 0xA3 is '£' and 0x93/0x94 are curly double quotes in Windows-1252.
        var bytes = new byte[] { 0x93, (byte)'C', (byte)'o', (byte)'s', (byte)'t', (byte)'s', 0x94, (byte)' ', 0xA3, (byte)'5' };

        Assert.Equal("“Costs” £5", ArticleText.Decode(bytes, out var invalid));
        Assert.Equal((1, 1), invalid);
    }

    [Fact]
    public void FirstInvalidByteIsLocatedAfterTheValidPrefix()
    {
        // BOM, "Ok", newline, "ét " (valid UTF-8), then a lone Latin-1 'é': line 2, column 4.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'O', (byte)'k', (byte)'\n', 0xC3, 0xA9, (byte)'t', (byte)' ', 0xE9, (byte)'\n' };

        ArticleText.Decode(bytes, out var invalid);

        Assert.Equal((2, 4), invalid);
    }

    [Fact]
    public void ArticleInWindows1252StillYieldsFactsAndOneWarning()
    {
        var text = "The bank said profits rose to \u00A35m. \u201CWe are pleased,\u201D said Jane Miller.";
        var bytes = text.Select(c => c switch { '\u201C' => (byte)0x93, '\u201D' => (byte)0x94, _ => (byte)c }).ToArray();

        var facts = DocumentExtractor.Extract("old.txt", bytes);

        var warning = Assert.Single(facts.Diagnostics, d => d.Id == DiagnosticIds.UnreadableFile);
        Assert.Equal(FactSeverity.Warning, warning.Severity);
        Assert.Contains(facts.Quotes, q => q.Text.StartsWith("We are pleased", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CrLfAndLfGiveTheSameLinesAndColumns()
    {
        var lf = ArticleText.Create("a.txt", "First line.\nSecond line here.");
        var crlf = ArticleText.Create("a.txt", "First line.\r\nSecond line here.");

        Assert.Equal(lf.Text, crlf.Text);
        var offset = lf.Text.IndexOf("here", System.StringComparison.Ordinal);
        Assert.Equal((2, 13), (lf.LineOf(offset), lf.ColumnOf(offset)));
        Assert.Equal((2, 13), (crlf.LineOf(offset), crlf.ColumnOf(offset)));
    }
}
