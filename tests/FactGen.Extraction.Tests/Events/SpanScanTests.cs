using FactGen.Extraction.Events;

namespace FactGen.Extraction.Tests.Events;

/// <summary>The span scans run before any sentence is cut out must say what the string scans say.</summary>
public class SpanScanTests
{
    [Theory]
    [InlineData("The fair opens on 3 March.")]
    [InlineData("Sales rose 3% in the Market.")]
    [InlineData("Filed 2024-05-01 by staff.")]
    [InlineData("No digits here at all.")]
    [InlineData("Marching 12 bands.")]
    public void MightHoldDateOnASpanMatchesTheCutOutText(string sentence)
    {
        var article = "xx " + sentence + " yy";
        var start = 3;
        var end = start + sentence.Length;
        var dates = DateFinder.FindExplicit(sentence, 0, 2020);

        Assert.Equal(dates.Count > 0 || DateFinder.MightHoldDate(sentence, 0, sentence.Length), DateFinder.MightHoldDate(article, start, end));
    }

    [Theory]
    [InlineData("The fair opened on 5 July.", true)]
    [InlineData("The fair opened on July 12, 2024.", true)]
    [InlineData("In July 2024 the fair drew 3000 people.", false)] // no one- or two-digit day: no date the pattern reads
    [InlineData("Prices rose 123 percent in March.", false)]
    public void MightHoldDateWantsADayOfOneOrTwoDigits(string sentence, bool expected)
    {
        Assert.Equal(expected, DateFinder.MightHoldDate(sentence, 0, sentence.Length));
    }

    [Theory]
    [InlineData("They met on Friday.", true)]
    [InlineData("A day of rest.", false)]
    [InlineData("Fridays are quiet.", true)] // a cheap scan: the pattern decides later
    [InlineData("day", false)]
    public void HasWeekdayLooksOnlyInsideTheSpan(string sentence, bool expected)
    {
        var article = "Monday " + sentence + " Sunday";
        Assert.Equal(expected, DateFinder.HasWeekday(article, 7, 7 + sentence.Length));
    }
}
