using FactGen.Extraction.Events;

namespace FactGen.Extraction.Tests.Events;

public class EventNameTests
{
    [Fact]
    public void CapitalisedPhraseEndingInEventWordIsTheName()
    {
        var e = EventTestText.SingleEvent("Hundreds of scientists gathered at the annual Global Ocean Summit this week.");
        Assert.Equal("Global Ocean Summit", e.Name);
    }

    [Fact]
    public void AcronymInParenthesesBecomesAnAlias()
    {
        var e = EventTestText.SingleEvent("The 2024 Nordic Robotics Expo (NRX) opened its doors. Crowds filled the NRX halls.");
        Assert.Equal("Nordic Robotics Expo", e.Name);
        Assert.Contains("NRX", e.Aliases);
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void ConnectorsInsideANameAreKept()
    {
        var e = EventTestText.SingleEvent("She spoke at the Festival of the Northern Lights on Friday.");
        Assert.Equal("Festival of the Northern Lights", e.Name);
    }

    [Fact]
    public void MostMentionedEventIsTheOneReported()
    {
        var e = EventTestText.SingleEvent(
            "The Harbour Jazz Festival began today. Unlike the Winter Film Festival, the Harbour Jazz Festival is free.");
        Assert.Equal("Harbour Jazz Festival", e.Name);
    }

    [Fact]
    public void ReferencesBackByTheFinalWordBreakATie()
    {
        var e = EventTestText.SingleEvent(
            "Unlike the Winter Film Festival held last year, the Harbour Jazz Summit is free. The summit opens today and the summit closes on Sunday.");
        Assert.Equal("Harbour Jazz Summit", e.Name);
    }

    [Fact]
    public void RecurringAcronymEventIsFound()
    {
        var e = EventTestText.SingleEvent("This year's GDCX draws more than 500 studios.");
        Assert.Equal("GDCX", e.Name);
    }

    [Theory]
    [InlineData("Crowds queued for GDCX 2024 in the rain.")]
    [InlineData("Crowds queued for the 2024 GDCX in the rain.")]
    public void AcronymWithItsEditionYearIsAnEvent(string text)
    {
        Assert.Equal("GDCX", EventTestText.SingleEvent(text).Name);
    }

    [Fact]
    public void AcronymWithoutEventCueIsNoEvent()
    {
        Assert.Empty(EventTestText.Recognize("Shares of GDCX rose 4 percent.").Events);
        Assert.Empty(EventTestText.Recognize("In 2023 GDP grew by 2 percent.").Events);
        Assert.Empty(EventTestText.Recognize("OSLO 2023-05-04\nShares rose.").Events);
        Assert.Empty(EventTestText.Recognize("HARBOUR CHESS 2023 RESULTS\nShares rose.").Events);
    }

    [Theory]
    [InlineData("The Organisation of Harbour Cities Conference issued a statement.")]
    [InlineData("Leaders of the Freedom National Congress met rivals.")]
    public void StandingBodiesAreNoEvents(string text)
    {
        Assert.Empty(EventTestText.Recognize(text).Events);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n \n")]
    [InlineData("Summit")]
    [InlineData("(GDCX)")]
    public void EmptyOrTinyTextsGiveNothing(string text)
    {
        var findings = EventTestText.Recognize(text);
        Assert.Empty(findings.Events);
        Assert.Empty(findings.Diagnostics);
    }

    [Fact]
    public void LowerCaseGatheringIsNoEvent()
    {
        Assert.Empty(EventTestText.Recognize("The minister held a press conference in the afternoon.").Events);
    }

    [Fact]
    public void AcronymOfNameCountsAllCapitalWordsWhole()
    {
        Assert.Equal("GRC", EventNameFinder.AcronymOf("Global Rail Congress"));
        Assert.Equal("WEF", EventNameFinder.AcronymOf("World Economic Forum"));
        Assert.Equal("NAIS", EventNameFinder.AcronymOf("Northern AI Summit"));
    }
}
