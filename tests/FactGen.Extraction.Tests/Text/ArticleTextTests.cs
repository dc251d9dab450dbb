using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Text;

public class ArticleTextTests
{
    [Fact]
    public void CleanTextIsKeptAsItIs()
    {
        const string contents = "First line.\nSecond line.";
        var text = ArticleText.Create("t.txt", contents);

        Assert.Same(contents, text.Text);
        Assert.Equal(2, text.LineCount);
        Assert.Equal(2, text.LineOf(12));
        Assert.Equal(1, text.ColumnOf(12));
    }

    [Fact]
    public void LineEndsAndExoticSpacesAreNormalisedInPlace()
    {
        var text = ArticleText.Create("t.txt", "One\r\nTwo\u00A0three\rFour\tfive");

        Assert.Equal("One\nTwo three\nFour five", text.Text);
        Assert.Equal(3, text.LineCount);
        Assert.Equal("Two three", text.GetLine(2));
        Assert.Equal(3, text.LineOf(text.Text.IndexOf('F')));
    }

    [Fact]
    public void SentenceTextIsCutOnDemand()
    {
        var analysis = new ArticleAnalysis(ArticleText.Create("t.txt", "One here. Two there.\nThree."));

        Assert.Equal(new[] { "One here.", "Two there.", "Three." }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(analysis.Sentences, s => s.Text)));
        Assert.Equal(analysis.SentenceTokens[0].Count + analysis.SentenceTokens[1].Count, analysis.ParagraphTokens(0).Length);
        Assert.Equal(Tokenizer.Tokenize(analysis.Raw, 0, 20), analysis.ParagraphTokens(0));
    }

    [Fact]
    public void TokenKeepsStartLengthAndKind()
    {
        var token = new Token(123456, 70000, TokenKind.Number);

        Assert.Equal(123456, token.Start);
        Assert.Equal(70000, token.Length);
        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(193456, token.End);
    }
}
