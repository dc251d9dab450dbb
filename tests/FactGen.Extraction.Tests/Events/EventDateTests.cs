using System.Linq;
using FactGen.Extraction.Events;

namespace FactGen.Extraction.Tests.Events;

public class EventDateTests
{
    [Theory]
    [InlineData("It opened on 4 March 2023.", "2023-03-04")]
    [InlineData("It opened on March 4, 2023.", "2023-03-04")]
    [InlineData("It opened on 2023-03-04.", "2023-03-04")]
    [InlineData("It opened on the 4th of March 2023.", "2023-03-04")]
    [InlineData("It opened on Sept. 4, 2023.", "2023-09-04")]
    public void ExplicitDateFormats(string sentence, string iso)
    {
        var dates = DateFinder.FindExplicit(sentence, 0, null);
        Assert.Equal(iso, NewsCalendar.Iso(Assert.Single(dates).Date));
    }

    [Fact]
    public void NonLatinDigitsNeverBreakDateReading()
    {
        Assert.Empty(DateFinder.FindExplicit("It opened on ٤ March ٢٠٢٣.", 0, null));
    }

    [Fact]
    public void DateWithoutYearTakesTheDefaultYear()
    {
        var date = Assert.Single(DateFinder.FindExplicit("It opens on 12 October.", 0, 2024));
        Assert.Equal("2024-10-12", NewsCalendar.Iso(date.Date));
    }

    [Fact]
    public void RangeGivesStartAndEnd()
    {
        var e = EventTestText.SingleEvent("The Baltic Film Festival runs 8-12 October 2024 in Riga.");
        Assert.Equal("2024-10-08", e.StartDate);
        Assert.Equal("2024-10-12", e.EndDate);
    }

    [Fact]
    public void TwoDatesJoinedByToAreARange()
    {
        var e = EventTestText.SingleEvent("The Baltic Film Festival runs from 8 October 2024 to 12 October 2024.");
        Assert.Equal(("2024-10-08", "2024-10-12"), (e.StartDate, e.EndDate));
    }

    [Fact]
    public void DateAfterAnEndCueIsTheEndDate()
    {
        var e = EventTestText.SingleEvent("The Baltic Film Festival opened on 8 October 2024 and closes on 12 October 2024.");
        Assert.Equal(("2024-10-08", "2024-10-12"), (e.StartDate, e.EndDate));
    }

    [Fact]
    public void DatelineDateResolvesALoneWeekday()
    {
        var e = EventTestText.SingleEvent("RIGA, Oct 10 (Wire) - The 2024 Baltic Film Festival opened on Tuesday.");
        Assert.Equal("2024-10-08", e.StartDate);
    }

    [Fact]
    public void WeekdayWithoutYearPicksTheYearThatFits()
    {
        var findings = EventTestText.Recognize("The 2024 Baltic Film Festival ends on Saturday 12 October. Held on Sunday 12 October, the gala was full.");
        Assert.Equal(new[] { "2024-10-12", "2025-10-12" }, findings.Dates.Select(d => d.Date).ToArray());
        Assert.Empty(findings.Diagnostics);
    }

    [Fact]
    public void WeekdayThatMatchesIsKeptWithoutDiagnostic()
    {
        var findings = EventTestText.Recognize("The Alpine Tech Summit opened on Saturday, 12 October 2024.");
        var date = Assert.Single(findings.Dates);
        Assert.Equal("2024-10-12", date.Date);
        Assert.Equal("Saturday", date.StatedWeekday);
        Assert.Empty(findings.Diagnostics);
    }

    [Fact]
    public void WeekdayMismatchIsReportedAtTheDate()
    {
        var findings = EventTestText.Recognize("Intro line.\nThe Alpine Tech Summit opened on Friday, 12 October 2024, in Zurich.");
        var diagnostic = Assert.Single(findings.Diagnostics);
        Assert.Equal(DiagnosticIds.WeekdayMismatch, diagnostic.Id);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(34, diagnostic.Column);
        Assert.Contains("Saturday", diagnostic.Message);
    }

    [Fact]
    public void DiagnosticMessageNamesBothWeekdays()
    {
        // Formatted with the invariant culture: the compiler may run under any culture.
        var diagnostic = Assert.Single(EventTestText.Recognize("The Alpine Tech Summit opened on Friday, 12 October 2024.").Diagnostics);
        Assert.Equal("'Friday, 12 October 2024': 12 October 2024 was a Saturday, not a Friday.", diagnostic.Message);
    }

    [Fact]
    public void LoneWeekdayIsResolvedAgainstThePublicationDate()
    {
        var text = "Robots Take The Stage\n2024-10-10\nThe Alpine Tech Summit opened on Tuesday in Zurich.";
        var e = EventTestText.SingleEvent(text);
        Assert.Equal("2024-10-08", e.StartDate);
    }

    [Fact]
    public void LoneWeekdayWithoutAnOpeningWordDatesAMatchNotTheEvent()
    {
        var text = "Robots Take The Stage\n2024-10-10\nThe team lost a Harbour Cup tie on Tuesday.";
        Assert.Null(EventTestText.SingleEvent(text).StartDate);
    }

    [Fact]
    public void LoneWeekdayAfterAnEndCueIsTheEnd()
    {
        var text = "Robots Take The Stage\n2024-10-08\nThe Alpine Tech Summit opened on Tuesday and runs until Friday.";
        var e = EventTestText.SingleEvent(text);
        Assert.Equal(("2024-10-08", "2024-10-11"), (e.StartDate, e.EndDate));
    }

    [Fact]
    public void MismatchedWeekdayDefersToTheDatelineDateWhenThatDayMatches()
    {
        var text = "Robots Take The Stage\n2024-10-12\nThe Alpine Tech Summit opened on Saturday, 11 October 2024.";
        Assert.Equal("2024-10-12", EventTestText.SingleEvent(text).StartDate);
    }

    [Theory]
    [InlineData("The four-day Alpine Tech Summit opened on 8 October 2024.", "2024-10-11")]
    [InlineData("The Alpine Tech Summit opened on 8 October 2024. The summit spans five days.", "2024-10-12")]
    public void DurationGivesTheEndDate(string text, string end)
    {
        var e = EventTestText.SingleEvent(text);
        Assert.Equal("2024-10-08", e.StartDate);
        Assert.Equal(end, e.EndDate);
    }

    [Fact]
    public void DurationIsKeptEvenWithoutAStartDate()
    {
        Assert.Equal(3, EventTestText.SingleEvent("The three-day Alpine Tech Summit drew crowds.").DurationDays);
    }

    [Fact]
    public void DatesOutsideEventSentencesDoNotSetTheStart()
    {
        var e = EventTestText.SingleEvent("The law passed on 2 May 2024. The Alpine Tech Summit opened on 8 October 2024.");
        Assert.Equal("2024-10-08", e.StartDate);
        Assert.Equal(2, EventTestText.Recognize("The law passed on 2 May 2024. The Alpine Tech Summit opened on 8 October 2024.").Dates.Count());
    }
}
