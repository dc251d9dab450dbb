using static FactGen.Extraction.Tests.Quotes.QuoteTestHelper;

namespace FactGen.Extraction.Tests.Quotes;

public class QuoteKindTests
{
    [Fact]
    public void AShortFragmentInTheReportersSentenceIsPartial()
    {
        var quote = Assert.Single(Find("Jonas Weber warned against a \"closed club\" of rich nations."));
        Assert.True(quote.Partial);
        Assert.Equal("closed club", quote.Text);
        Assert.Equal("Jonas Weber", quote.Speaker);
    }

    [Fact]
    public void APartialQuoteClosedByACommaTakesTheFollowingAttribution()
    {
        var quote = Assert.Single(Find("The talks were \"slow but honest\", Ruth Adler said."));
        Assert.True(quote.Partial);
        Assert.Equal("Ruth Adler", quote.Speaker);
    }

    [Fact]
    public void AVerbLaterInTheSentenceDoesNotClaimAFragment()
    {
        Assert.Empty(Find("Ted Wu spoke of the \"quiet revolution\" Nora Hale had promised."));
    }

    [Fact]
    public void AScareQuoteNobodyIsSaidToHaveUsedIsDropped()
    {
        Assert.Empty(Find("The \"reform\" changed little in the end."));
        Assert.Empty(Find("Critics doubt the \"new approach\" to housing."));
    }

    [Theory]
    [InlineData("The painter, often called the \"Lion of Lagos,\" spoke first.")]
    [InlineData("The summit, themed \"Oceans Without Borders\", opened on Monday.")]
    [InlineData("The agency published a report titled “Clean Air for Every Town”.")]
    [InlineData("The so-called \"quiet zone\" covers the whole valley.")]
    [InlineData("The band is known as \"the Night Owls\" in its home town.")]
    public void TitlesThemesAndEpithetsAreNotSpeech(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void ATitleCasePhraseWithoutAttributionIsATitle()
    {
        Assert.Empty(Find("The government unveiled a \"Green Rivers Action Plan,\" inviting towns to join."));
    }

    [Fact]
    public void AnAttributedSentenceInTitleCaseIsStillSpeech()
    {
        var quote = Assert.Single(Find("“Thank You All,” Pia Sand said."));
        Assert.Equal("Pia Sand", quote.Speaker);
    }

    [Fact]
    public void CalledForIsNotATitleCue()
    {
        var quote = Assert.Single(Find("Amir Khan said he had called for \"a fair deal\" with the unions."));
        Assert.True(quote.Partial);
        Assert.Equal("Amir Khan", quote.Speaker);
    }
}
