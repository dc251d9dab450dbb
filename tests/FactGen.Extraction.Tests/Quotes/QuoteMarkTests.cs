using System.Linq;
using static FactGen.Extraction.Tests.Quotes.QuoteTestHelper;

namespace FactGen.Extraction.Tests.Quotes;

public class QuoteMarkTests
{
    [Fact]
    public void CurlyMarksGiveTheTextWithoutMarksOrTrailingComma()
    {
        var quote = Assert.Single(Find("“We will rebuild the bridge by spring,” Mary Okafor said."));
        Assert.Equal("We will rebuild the bridge by spring", quote.Text);
        Assert.False(quote.Partial);
    }

    [Fact]
    public void StraightMarksKeepTheFinalPeriodInside()
    {
        var quote = Assert.Single(Find("Anna Lindqvist said: \"The harbour reopens on Monday.\""));
        Assert.Equal("The harbour reopens on Monday.", quote.Text);
    }

    [Fact]
    public void EvidenceStartsAtTheOpeningMarkAndCoversBothMarks()
    {
        var quote = Assert.Single(Find("Intro line.\nThen Rosa Ito said: “Keep going.”"));
        var evidence = quote.Evidence[0];
        Assert.Equal(2, evidence.Line);
        Assert.Equal(21, evidence.Column);
        Assert.Equal("“Keep going.”".Length, evidence.Length);
    }

    [Fact]
    public void InnerQuotesOfAnotherKindStayInsideTheOuterQuote()
    {
        var quote = Assert.Single(Find("\"They told me “wait” and I waited,\" said Piet Jansen."));
        Assert.Equal("They told me “wait” and I waited", quote.Text);
    }

    [Fact]
    public void ApostrophesAreNotQuotationMarks()
    {
        Assert.Empty(Find("It’s the workers’ choice, and the ’90s are long gone, Omar Haddad’s aide said."));
    }

    [Fact]
    public void CurlySingleQuotesAroundSpeechAreAQuote()
    {
        var quote = Assert.Single(Find("‘We are ready,’ said Nadia Rahman."));
        Assert.Equal("We are ready", quote.Text);
        Assert.Equal("Nadia Rahman", quote.Speaker);
    }

    [Fact]
    public void StraightSingleQuotesWithAnAttributionAreAQuote()
    {
        var quote = Assert.Single(Find("'We will see,' Rita Sol replied."));
        Assert.Equal("We will see", quote.Text);
        Assert.Equal("Rita Sol", quote.Speaker);
    }

    [Fact]
    public void StraightApostrophesAreNotQuotes()
    {
        Assert.Empty(Find("In the '90s the players' union said rock 'n' roll was fine, and Joe's 'idea' failed."));
    }

    [Fact]
    public void AnUnclosedMarkThatIsNotContinuedIsNoQuote()
    {
        Assert.Empty(Find("The sign read \"closed for the season and nobody knew why.\n\nThe next day it was gone."));
    }

    [Fact]
    public void TranscriptNotesInBracketsAreNotSpeech()
    {
        Assert.Empty(Find("\"(LAUGHTER.)\""));
    }

    [Fact]
    public void AShortHeadlineFollowedByABlankLineIsNotQuoted()
    {
        var quotes = Find("Mayor Says ‘No More Delays’\n\n“No more delays,” Mayor Lucia Ferri said on Tuesday.");
        Assert.Equal("No more delays", Assert.Single(quotes).Text);
        Assert.True(quotes.All(q => q.Evidence[0].Line == 3));
    }
}
