namespace FactGen.Extraction.Tests.Events;

public class EventPlaceTests
{
    [Fact]
    public void CityAfterTheNameGivesCityAndCountry()
    {
        var e = EventTestText.SingleEvent("Ministers met at the Clean Water Forum in Lisbon to discuss droughts.");
        Assert.Equal("Lisbon", e.City);
        Assert.Equal("Portugal", e.Country);
    }

    [Fact]
    public void MultiWordCityIsFound()
    {
        var e = EventTestText.SingleEvent("The Latin Books Fair in Rio de Janeiro closed with record sales.");
        Assert.Equal("Rio de Janeiro", e.City);
        Assert.Equal("Brazil", e.Country);
    }

    [Fact]
    public void CityBeforeAReferenceNounCounts()
    {
        var e = EventTestText.SingleEvent("The Open Source Congress drew crowds. The Nairobi congress ends tomorrow.");
        Assert.Equal("Nairobi", e.City);
    }

    [Fact]
    public void DatelineGivesCityCountryAndOutlet()
    {
        var text = "Osaka, Japan (Harbor Times) — The Pacific Trade Show opened with new exhibitors.";
        var e = EventTestText.SingleEvent(text);
        Assert.Equal("Osaka", e.City);
        Assert.Equal("Japan", e.Country);
        Assert.Equal("Harbor Times", FactGen.Extraction.Events.DocumentInfoReader.Read(EventTestText.Analyse(text)).Outlet);
    }

    [Fact]
    public void SmallTownIsPlacedByTheCountryAfterIt()
    {
        var e = EventTestText.SingleEvent("The Mountain Ideas Forum opened in Zermatt, Switzerland, on Monday.");
        Assert.Equal(("Zermatt", "Switzerland"), (e.City, e.Country));
    }

    [Fact]
    public void SmallTownDatelineWithCountryIsRead()
    {
        var e = EventTestText.SingleEvent("ZERMATT, Switzerland (Wire) — The Mountain Ideas Forum opened.");
        Assert.Equal(("Zermatt", "Switzerland"), (e.City, e.Country));
    }

    [Fact]
    public void MonthBeforeANameIsNotPartOfIt()
    {
        Assert.Equal("Harbour Chess Tournament", EventTestText.SingleEvent("In December the Harbour Chess Tournament ends.").Name);
    }

    [Theory]
    [InlineData("The Lakeside Craft Fair opened in Port Ellen on Monday.", "Port Ellen")]
    [InlineData("The Lakeside Craft Fair, held in Little Harbour this week, drew crowds.", "Little Harbour")]
    public void SmallTownAfterAHostingVerbIsTheVenue(string text, string town)
    {
        var e = EventTestText.SingleEvent(text);
        Assert.Equal(town, e.City);
        Assert.Null(e.Country);
    }

    [Theory]
    [InlineData("The Lakeside Craft Fair opened in March.")]
    [InlineData("The Lakeside Craft Fair opened in France.")]
    [InlineData("The Lakeside Craft Fair opened in Scottish waters.")]
    public void MonthsCountriesAndDemonymsAreNoVenueTown(string text)
    {
        Assert.Null(EventTestText.SingleEvent(text).City);
    }

    [Fact]
    public void CountryAloneWhenNoCityIsNamed()
    {
        var e = EventTestText.SingleEvent("The Lakeside Craft Fair opened in France.");
        Assert.Equal((null, "France"), (e.City, e.Country));
    }

    [Fact]
    public void UpperCaseDatelineWithColonIsRead()
    {
        var e = EventTestText.SingleEvent("MADRID: The Iberian Wine Fair welcomed buyers from abroad.");
        Assert.Equal("Madrid", e.City);
        Assert.Equal("Spain", e.Country);
    }
}
