using System.Linq;
using FactGen.Extraction.Consolidation;
using static FactGen.Extraction.Tests.Consolidation.Build;

namespace FactGen.Extraction.Tests.Consolidation;

public class EventConsolidationTests
{
    [Fact]
    public void NameVariantsAndAcronymMergeIntoOneEvent()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Nordic Machine Learning Expo", city: "Oslo") }),
            Doc("b.txt", events: new[] { Event("b.txt", "Nordic ML Expo", aliases: new[] { "NMLE" }, city: "Oslo") }),
            Doc("c.txt", events: new[] { Event("c.txt", "NMLE", city: "Oslo") }),
            Doc("d.txt", events: new[] { Event("d.txt", "Nordic Machine Learning Expo", city: "Oslo") }),
        });
        var e = Assert.Single(corpus.Events);
        Assert.Equal("Nordic Machine Learning Expo", e.Name);
        Assert.Equal(new[] { "NMLE", "Nordic ML Expo" }, e.Aliases.ToArray());
        Assert.Equal(4, e.SupportCount);
    }

    [Fact]
    public void DifferentEventsWithTheSameHeadStayApart()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Web Summit") }),
            Doc("b.txt", events: new[] { Event("b.txt", "World Summit") }),
        });
        Assert.Equal(2, corpus.Events.Count);
    }

    [Fact]
    public void StartFromOneArticleAndDurationFromAnotherGiveTheEndDate()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Baltic Film Festival", start: "2024-10-08") }),
            Doc("b.txt", events: new[] { Event("b.txt", "Baltic Film Festival", duration: 5) }),
        });
        Assert.Equal("2024-10-12", Assert.Single(corpus.Events).EndDate);
    }

    [Fact]
    public void SameCountWithDifferentQualifierWordingIsOneFigureWithTwoSources()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Baltic Film Festival", figures: new[] { Figure("a.txt", 800, "film studios", FigureQualifier.MoreThan) }) }),
            Doc("b.txt", events: new[] { Event("b.txt", "Baltic Film Festival", figures: new[] { Figure("b.txt", 800, "studios", FigureQualifier.MoreThan) }) }),
        });
        var figure = Assert.Single(Assert.Single(corpus.Events).Figures);
        Assert.Equal(FigureQualifier.MoreThan, figure.Qualifier);
        Assert.Equal("studios", figure.Unit);
        Assert.Equal(2, figure.SupportCount);
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void DifferentCountsOfDifferentThingsStayApartWithoutConflict()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Baltic Film Festival", figures: new[] { Figure("a.txt", 40, "films"), Figure("a.txt", 12, "juries") }) }),
            Doc("b.txt", events: new[] { Event("b.txt", "Baltic Film Festival", figures: new[] { Figure("b.txt", 40, "films"), Figure("b.txt", 300, "volunteers") }) }),
        });
        Assert.Equal(3, Assert.Single(corpus.Events).Figures.Count);
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void DifferentCountsOfTheSameThingAreAConflictAtTheMinorityValue()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Baltic Film Festival", figures: new[] { Figure("a.txt", 40, "films", line: 3) }) }),
            Doc("b.txt", events: new[] { Event("b.txt", "Baltic Film Festival", figures: new[] { Figure("b.txt", 40, "films") }) }),
            Doc("c.txt", events: new[] { Event("c.txt", "Baltic Film Festival", figures: new[] { Figure("c.txt", 45, "films", line: 7) }) }),
        });
        var conflict = Assert.Single(corpus.Diagnostics);
        Assert.Equal(DiagnosticIds.ConflictingFacts, conflict.Id);
        Assert.Equal(("c.txt", 7), (conflict.File, conflict.Line));
    }

    [Fact]
    public void CountsAnOrderOfMagnitudeApartAreDifferentThingsNotAConflict()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Baltic Film Festival", figures: new[] { Figure("a.txt", 21, "films") }) }),
            Doc("b.txt", events: new[] { Event("b.txt", "Baltic Film Festival", figures: new[] { Figure("b.txt", 350, "films") }) }),
        });
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void EditionsInDifferentCitiesOrYearsAreDifferentEvents()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Harbour Cup", city: "Perth") }),
            Doc("b.txt", events: new[] { Event("b.txt", "Harbour Cup") }),
            Doc("c.txt", events: new[] { Event("c.txt", "Harbour Cup", city: "Sydney") }),
            Doc("d.txt", events: new[] { Event("d.txt", "Harbour Cup", city: "Perth", start: "2023-01-02") }),
            Doc("e.txt", events: new[] { Event("e.txt", "Harbour Cup", city: "Perth", start: "2024-01-02") }),
        });
        Assert.Equal(3, corpus.Events.Count);
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void TwoCountsStatedInOneArticleAreNoConflict()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Baltic Film Festival", figures: new[] { Figure("a.txt", 40, "films"), Figure("a.txt", 12, "films", line: 2) }) }),
            Doc("b.txt", events: new[] { Event("b.txt", "Baltic Film Festival", figures: new[] { Figure("b.txt", 40, "films") }) }),
        });
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void DifferentStartDatesAreAConflictWhereTheMinorityDateIsWritten()
    {
        var minorityDate = new DateFact("2024-10-09", null, At("c.txt", 5, 12));
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", events: new[] { Event("a.txt", "Baltic Film Festival", start: "2024-10-08") }),
            Doc("b.txt", events: new[] { Event("b.txt", "Baltic Film Festival", start: "2024-10-08") }),
            Doc("c.txt", events: new[] { Event("c.txt", "Baltic Film Festival", start: "2024-10-09") }, dates: new[] { minorityDate }),
        });
        Assert.Equal("2024-10-08", Assert.Single(corpus.Events).StartDate);
        var conflict = Assert.Single(corpus.Diagnostics);
        Assert.Equal((DiagnosticIds.ConflictingFacts, "c.txt", 5, 12), (conflict.Id, conflict.File, conflict.Line, conflict.Column));
    }
}
