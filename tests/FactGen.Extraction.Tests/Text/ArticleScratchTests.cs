using FactGen.Extraction.Text;
using Xunit;

namespace FactGen.Extraction.Tests.Text;

/// <summary>The per-thread working arrays are reused between articles: nothing of one article may leak into the next.</summary>
public class ArticleScratchTests
{
    private const string Long =
        "SHIPS LEAVE PORT\n" +
        "Harbour master Tova Lind said on Monday that \"the quay will reopen in May\". Firms such as Orvik Ltd and Brann Group agreed.\n" +
        "Lind, 52, added: \"We expect 40 boats.\" The Varnholm Sailing Cup starts on 3 June 2024 in Varnholm.\n" +
        "Results: Orvik 3 Brann 1, Varn 2 Kell 2, Lund 0 Ost 4.\n";

    private const string Short = "Mira Holt opened the Kessel Fair. \"It is a good day,\" Holt said.\n";

    [Fact]
    public void AnArticleAfterALongerOneGivesTheSameFactsAsOnAFreshThread()
    {
        var fresh = FreshThread.Extract("s.txt", Short);

        DocumentExtractor.Extract("l.txt", Long);
        var afterLong = DocumentExtractor.Extract("s.txt", Short);

        Assert.Equal(fresh, afterLong);
    }

    [Fact]
    public void TwoLiveAnalysesOnOneThreadKeepTheirOwnTokens()
    {
        var first = new ArticleAnalysis(ArticleText.Create("a.txt", "One two three. Four five."));
        var second = new ArticleAnalysis(ArticleText.Create("b.txt", "Six."));

        Assert.Equal(7, first.TokenCount);
        Assert.Equal("Four", first.TextOf(first.SentenceTokens[1][0]));
        Assert.Equal("Six", second.TextOf(second.SentenceTokens[0][0]));
        first.Release();
        second.Release();
    }

    [Fact]
    public void AReusedSentenceCutsItsNewText()
    {
        var first = new ArticleAnalysis(ArticleText.Create("a.txt", "Boats left early. The quay closed."));
        Assert.Equal("The quay closed.", first.Sentences[1].Text);
        first.Release();

        var second = new ArticleAnalysis(ArticleText.Create("b.txt", "Rain fell.\nShips waited."));
        Assert.Equal(new[] { "Rain fell.", "Ships waited." }, second.Sentences.ConvertAll(s => s.Text));
        Assert.Equal(1, second.Sentences[1].Paragraph);
        second.Release();
    }
}
