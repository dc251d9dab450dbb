using System.Linq;

namespace FactGen.Extraction.Tests.Events;

public class EventThemeAndFigureTests
{
    [Theory]
    [InlineData("The Coastal Arts Festival, themed \"Tides of Change,\" opened.", "Tides of Change")]
    [InlineData("The Coastal Arts Festival opened under the theme “Tides of Change”.", "Tides of Change")]
    [InlineData("The Coastal Arts Festival opened. The theme was Tides of Change.", "Tides of Change")]
    [InlineData("The Coastal Arts Festival opened. The theme of this year's festival is \"Tides of Change\".", "Tides of Change")]
    [InlineData("The Coastal Arts Festival opened. The theme of the festival was Tides of Change.", "Tides of Change")]
    public void ThemeForms(string text, string theme)
    {
        Assert.Equal(theme, EventTestText.SingleEvent(text).Theme);
    }

    [Fact]
    public void FiguresCarryQualifierAndCountedNoun()
    {
        var e = EventTestText.SingleEvent(
            "The Coastal Arts Festival hosts more than 800 artists, 120+ stalls, about 5 million visitors, fewer than 20 bands and 40 hand-made boats.");
        var figures = e.Figures.Select(f => (f.Value, f.Unit, f.Qualifier)).ToList();
        Assert.Contains((800m, "artists", FigureQualifier.MoreThan), figures);
        Assert.Contains((120m, "stalls", FigureQualifier.MoreThan), figures);
        Assert.Contains((5_000_000m, "visitors", FigureQualifier.About), figures);
        Assert.Contains((20m, "bands", FigureQualifier.LessThan), figures);
        Assert.Contains((40m, "hand-made boats", FigureQualifier.Exact), figures);
    }

    [Fact]
    public void DecimalsThatLookLikeYearsAreCounts()
    {
        var f = Assert.Single(EventTestText.SingleEvent("The Coastal Arts Festival sold 19.9 million tickets.").Figures);
        Assert.Equal(19_900_000m, f.Value);
    }

    [Fact]
    public void CurrenciesAndNamesAreNotCountedThings()
    {
        var e = EventTestText.SingleEvent("The Coastal Arts Festival paid 25,000 Swiss francs to 96 absentee Nicolas.");
        Assert.Empty(e.Figures);
    }

    [Fact]
    public void RanksAndAgesAreNotCounts()
    {
        Assert.Empty(EventTestText.SingleEvent("The Coastal Arts Festival invited the top 10 galleries and painters aged 40 years.").Figures);
    }

    [Fact]
    public void NearlyIsAbout()
    {
        var f = Assert.Single(EventTestText.SingleEvent("The Coastal Arts Festival drew nearly 90 painters.").Figures);
        Assert.Equal(FigureQualifier.About, f.Qualifier);
    }

    [Fact]
    public void YearsMoneyPercentagesAndDatesAreNotCounts()
    {
        var e = EventTestText.SingleEvent("The Coastal Arts Festival of 2023 cost $5 million, grew 20% and ends on 4 May 2024.");
        Assert.Empty(e.Figures);
    }

    [Fact]
    public void OrdinalsAndMeasuresAreNotCounts()
    {
        var e = EventTestText.SingleEvent("The 77th Coastal Arts Festival lasted 10 days and saw 300 metres of murals and 60m canvases.");
        Assert.Empty(e.Figures);
    }

    [Fact]
    public void FiguresAwayFromTheEventAreIgnored()
    {
        var e = EventTestText.SingleEvent("The Coastal Arts Festival opened.\nThe new law lists 90 federal rules.");
        Assert.Empty(e.Figures);
    }

    [Fact]
    public void SentenceAfterAnEventSentenceInTheSameParagraphCounts()
    {
        var e = EventTestText.SingleEvent("The Coastal Arts Festival opened. Attendees included over 300 galleries.");
        Assert.Equal(300m, Assert.Single(e.Figures).Value);
    }
}
