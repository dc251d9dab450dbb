using static FactGen.Extraction.Tests.Quotes.QuoteTestHelper;

namespace FactGen.Extraction.Tests.Quotes;

public class TranscriptAndTypoTests
{
    [Fact]
    public void ATranscriptLabelNamesTheSpeakerAndIsLeftOutOfTheText()
    {
        var quote = Assert.Single(Find("\"HALVORSEN: Well, the numbers speak for themselves.\""));
        Assert.Equal("Well, the numbers speak for themselves.", quote.Text);
        Assert.Equal("Halvorsen", quote.Speaker);
    }

    [Fact]
    public void ATranscriptLabelCarriesIntoTheContinuedParagraphs()
    {
        var quotes = Find("\"HALVORSEN: First, the budget.\n\n\"Second, the schools.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Halvorsen", q.Speaker));
    }

    [Fact]
    public void AStraightQuoteClosedByACurlyMarkStillCloses()
    {
        var quote = Assert.Single(Find("\"The lake froze early this year,” said Eva Lund."));
        Assert.Equal("The lake froze early this year", quote.Text);
        Assert.Equal("Eva Lund", quote.Speaker);
    }

    [Fact]
    public void ACurlyQuoteClosedByAnOpeningMarkStillCloses()
    {
        var quote = Assert.Single(Find("Eva Lund said: “The lake froze early this year.“"));
        Assert.Equal("The lake froze early this year.", quote.Text);
    }

    [Fact]
    public void AnInnerCurlyPairDoesNotCloseAStraightQuote()
    {
        var quote = Assert.Single(Find("\"They called it “the long winter” for a reason,\" said Eva Lund."));
        Assert.Equal("They called it “the long winter” for a reason", quote.Text);
    }
}
