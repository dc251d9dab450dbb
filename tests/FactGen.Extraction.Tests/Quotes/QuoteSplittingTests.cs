using static FactGen.Extraction.Tests.Quotes.QuoteTestHelper;

namespace FactGen.Extraction.Tests.Quotes;

public class QuoteSplittingTests
{
    [Fact]
    public void AQuoteSplitByItsAttributionGivesTwoQuotesWithOneSpeaker()
    {
        var quotes = Find("“The plan is sound,” Kofi Mensah said, “and it costs less than the old one.”");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("The plan is sound", quotes[0].Text);
        Assert.Equal("and it costs less than the old one.", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Kofi Mensah", q.Speaker));
        Assert.All(quotes, q => Assert.False(q.Partial));
    }

    [Fact]
    public void ASecondQuoteInTheParagraphSharesTheAttribution()
    {
        var quotes = Find("“Rain is coming,” Lars Holm said. “Bring the boats in.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lars Holm", q.Speaker));
    }

    [Fact]
    public void AQuoteOpenAtTheParagraphEndContinuesInTheNextParagraph()
    {
        var quotes = Find("Rosa Delgado said: “The first year was hard.\n\n“The second one was worse.”");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("The first year was hard.", quotes[0].Text);
        Assert.Equal("The second one was worse.", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Rosa Delgado", q.Speaker));
    }

    [Fact]
    public void AParagraphThatIsAllQuoteContinuesThePreviousSpeaker()
    {
        var quotes = Find("“We lost the vote,” Ivan Petrov said.\n\n“We will try again next year.”");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ivan Petrov", quotes[1].Speaker);
    }

    [Fact]
    public void AParagraphEndingWithSaidColonIntroducesTheNextQuote()
    {
        var quotes = Find("Asked about the budget, Marta Nowak continued:\n\n\"Every school will get a new roof.\"");
        Assert.Equal("Marta Nowak", Assert.Single(quotes).Speaker);
    }
}
