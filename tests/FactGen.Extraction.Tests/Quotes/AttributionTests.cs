using FactGen.Extraction.People;
using static FactGen.Extraction.Tests.Quotes.QuoteTestHelper;

namespace FactGen.Extraction.Tests.Quotes;

public class AttributionTests
{
    [Theory]
    [InlineData("“Prices will fall,” said Tomas Berg.")]
    [InlineData("“Prices will fall,” Tomas Berg said.")]
    [InlineData("Tomas Berg said: “Prices will fall.”")]
    [InlineData("Tomas Berg said, “Prices will fall.”")]
    [InlineData("Tomas Berg said \"Prices will fall.\"")]
    [InlineData("“Prices will fall,” Tomas Berg later told reporters.")]
    [InlineData("According to Tomas Berg, “prices will fall.”")]
    public void TheNameNextToTheReportingVerbIsTheSpeaker(string text)
    {
        Assert.Equal("Tomas Berg", Assert.Single(Find(text)).Speaker);
    }

    [Fact]
    public void SaidThatWithAQuotedClauseIsSpeech()
    {
        var quote = Assert.Single(Find("Maria Silva said on Friday that \"the port will reopen within a week.\""));
        Assert.Equal("Maria Silva", quote.Speaker);
        Assert.False(quote.Partial);
    }

    [Fact]
    public void TitlesBeforeTheNameAreNotPartOfIt()
    {
        Assert.Equal("Elena Ruiz", Assert.Single(Find("“We are ready,” said Foreign Minister Elena Ruiz.")).Speaker);
        Assert.Equal("Dan Cole", Assert.Single(Find("“Wait,” Sen. Dan Cole (R-Ohio) said.")).Speaker);
    }

    [Fact]
    public void ANameAfterADescriptionIsTheSpeaker()
    {
        Assert.Equal("Ben Ode", Assert.Single(Find("“Turnout was low,” city spokesman Ben Ode said.")).Speaker);
        Assert.Equal("Ben Ode", Assert.Single(Find("“Turnout was low,” said city spokesman Ben Ode.")).Speaker);
    }

    [Fact]
    public void ANameInAppositionAfterADescriptionIsTheSpeaker()
    {
        Assert.Equal("Tom Hale", Assert.Single(Find("“She is right,” said her rival, Tom Hale.")).Speaker);
    }

    [Fact]
    public void AnAppositiveBetweenNameAndVerbIsSkipped()
    {
        var quote = Assert.Single(Find("“The river is rising,” Ines Costa, a hydrologist at the institute, said."));
        Assert.Equal("Ines Costa", quote.Speaker);
    }

    [Fact]
    public void LettersAfterANameAreNotPartOfIt()
    {
        Assert.Equal("Rhys Owen", Assert.Single(Find("Rhys Owen MP said: \"The vote was close.\"")).Speaker);
    }

    [Fact]
    public void ABodyAfterTheNameWithOneCommaIsSkipped()
    {
        Assert.Equal("Ada Moss", Assert.Single(Find("Ada Moss, Harbour Traders Association said: \"Trade is slow.\"")).Speaker);
    }

    [Fact]
    public void APartyTagBetweenCommasIsNoName()
    {
        Assert.Equal("Mia Holt", Assert.Single(Find("“We hold,” Sen. Mia Holt, R-Utah, told reporters.")).Speaker);
    }

    [Fact]
    public void AStateTagWithDotsDoesNotEndTheSentence()
    {
        Assert.Equal("Tim Ross", Assert.Single(Find("“No deal,” Sen. Tim Ross, D-N.Y., said.")).Speaker);
    }

    [Fact]
    public void AnUnattributedQuoteTakesThePersonOpeningTheSentenceBefore()
    {
        Assert.Equal("Kai Berg", Assert.Single(Find("Kai Berg was blunt. “The budget is a fantasy.”")).Speaker);
    }

    [Fact]
    public void TheLeadSentenceSubjectMayFollowAnOpeningClause()
    {
        Assert.Equal("Kai Berg", Assert.Single(Find("Asked about the cost, Kai Berg laughed. “Nobody knows.”")).Speaker);
    }

    [Fact]
    public void AColonLeadWithoutReportingVerbNamesTheSpeakerOfTheNextParagraph()
    {
        Assert.Equal("Kai Berg", Assert.Single(Find("Kai Berg made one more point:\n\n“The budget is a fantasy.”")).Speaker);
    }

    [Fact]
    public void ACreditLineAfterADashNamesTheSpeaker()
    {
        Assert.Equal("Olu Bello", Assert.Single(Find("“Vote early and vote often.” ― Olu Bello")).Speaker);
    }

    [Fact]
    public void AParticipleTakesTheSubjectOfItsClause()
    {
        var quote = Assert.Single(Find("Greta Lund criticised the plan, saying, “It will never be built.”"));
        Assert.Equal("Greta Lund", quote.Speaker);
    }

    [Fact]
    public void AParticipleIgnoresTheNounJustBeforeIt()
    {
        var quote = Assert.Single(Find("Greta Lund criticised the plan in the Daily Courier, saying: “It will never be built.”"));
        Assert.Equal("Greta Lund", quote.Speaker);
    }

    [Fact]
    public void AParticipleAfterAPronounTakesThePronoun()
    {
        var quotes = Find("Greta Lund spoke first.\n\nShe warned the council about costs, saying: “It will never be built.”");
        Assert.Equal("Greta Lund", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ABodyNameWithOfBeforeThePersonIsALeadIn()
    {
        Assert.Equal("Aiko Sato", Assert.Single(Find("“Growth is slow,” said Bank of Osaka chief Aiko Sato.")).Speaker);
        Assert.Equal("Liam Byrne", Assert.Single(Find("“Growth is slow,” said Senator Liam Byrne of Ohio.")).Speaker);
    }

    [Fact]
    public void HeResolvesToTheLastCompatiblePersonOutsideQuotes()
    {
        var text = "“The plant will close,” Hugo Brandt said.\n\nWorkers were told on Monday. “We had no choice,” he said.";
        var quotes = Find(text);
        Assert.Equal("Hugo Brandt", quotes[1].Speaker);
    }

    [Fact]
    public void HePrefersTheSubjectOfTheNearestSentenceThatNamesSomeone()
    {
        var text = "Nils Berg answered Omar Diaz at length. “It is settled,” he said.";
        var people = new PeopleIndex().With(text, "Nils Berg").With(text, "Omar Diaz");
        Assert.Equal("Nils Berg", Assert.Single(Find(text, people)).Speaker);
    }

    [Fact]
    public void SheFindsThePersonReportedAsSayingSomethingWithoutQuotes()
    {
        var quotes = Find("Dana Ruiz said the bridge would open late.\n\n“We will catch up,” she said.");
        Assert.Equal("Dana Ruiz", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void PronounsSkipPeopleOfTheOtherGender()
    {
        var text = "Sara Blom met Karl Moen. “It went well,” she said.";
        var people = new PeopleIndex().With(text, "Sara Blom", 'f').With(text, "Karl Moen", 'm');
        Assert.Equal("Sara Blom", Assert.Single(Find(text, people)).Speaker);
    }

    [Fact]
    public void ADescriptionResolvesToThePersonWithThatTitle()
    {
        var text = "Senator Alan Brooks met Joe Hart. “We need a vote,” the senator said.";
        var people = new PeopleIndex().With(text, "Alan Brooks").With(text, "Joe Hart");
        Assert.Equal("Alan Brooks", Assert.Single(Find(text, people)).Speaker);
    }

    [Fact]
    public void AnExistingPersonIsReportedByCanonicalName()
    {
        var text = "Premier Wen Lei arrived. “Trade must stay open,” Wen said.";
        var people = new PeopleIndex().With(text, "Wen Lei");
        Assert.Equal("Wen Lei", Assert.Single(Find(text, people)).Speaker);
    }

    [Fact]
    public void ACapitalisedWordBeforeANounIsNoName()
    {
        Assert.Null(Assert.Single(Find("“We regret the delay,” said Danish officials.")).Speaker);
        Assert.Null(Assert.Single(Find("“We regret the delay,” said a Labour spokesman.")).Speaker);
    }

    [Fact]
    public void AnAdverbAfterAnInvertedNameIsFine()
    {
        Assert.Equal("Ola Berg", Assert.Single(Find("“We played well,” said Ola Berg afterwards.")).Speaker);
    }

    [Fact]
    public void AHyphenatedTitleIsNotPartOfTheName()
    {
        Assert.Equal("Kim Sol", Assert.Single(Find("“We agree,” said Vice-President Kim Sol.")).Speaker);
    }

    [Fact]
    public void TheTailOfALongerNameIsNoPerson()
    {
        Assert.Null(Assert.Single(Find("“We regret the delay,” the Board of Harbour Trustees said.")).Speaker);
    }

    [Theory]
    [InlineData("“We regret the delay,” the ministry said.")]
    [InlineData("“We regret the delay,” the White House said.")]
    [InlineData("“We regret the delay,” officials said.")]
    [InlineData("“We regret the delay,” a spokesman said.")]
    public void BodiesGroupsAndUnnamedPeopleGiveNoSpeaker(string text)
    {
        Assert.Null(Assert.Single(Find(text)).Speaker);
    }

    [Fact]
    public void APossessiveIsNotTheSpeaker()
    {
        Assert.Null(Assert.Single(Find("“We regret the delay,” said Rana Aziz’s lawyer.")).Speaker);
    }

    [Fact]
    public void AVerbWithoutTheClosingCommaIsNoInvertedAttribution()
    {
        var quotes = Find("Lea Marsh said the report’s “careful and fair” tone suggests that Paris agrees.");
        Assert.All(quotes, q => Assert.NotEqual("Paris", q.Speaker));
    }
}
