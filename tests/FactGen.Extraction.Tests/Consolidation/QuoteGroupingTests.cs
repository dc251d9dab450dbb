using System.Linq;
using FactGen.Extraction.Consolidation;
using static FactGen.Extraction.Tests.Consolidation.Build;

namespace FactGen.Extraction.Tests.Consolidation;

public class QuoteGroupingTests
{
    [Fact]
    public void NearDuplicateWordingsAreOneQuoteWithEveryVariantAndSource()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", quotes: new[] { Quote("a.txt", "River pollution keeps getting worse", "Ana Varga") }),
            Doc("b.txt", quotes: new[] { Quote("b.txt", "Sadly, river pollution keeps getting worse.", "Ana Varga") }),
        });
        var quote = Assert.Single(corpus.Quotes);
        Assert.Equal(2, quote.SupportCount);
        Assert.Equal("Sadly, river pollution keeps getting worse.", quote.Text);
        Assert.Equal(new[] { "River pollution keeps getting worse" }, quote.Variants.ToArray());
        Assert.Equal("Ana Varga", quote.Speaker);
    }

    [Fact]
    public void ExactWordingsIgnoringPunctuationAndCaseAreGrouped()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", quotes: new[] { Quote("a.txt", "We will win.", null) }),
            Doc("b.txt", quotes: new[] { Quote("b.txt", "we will win", "Tom Reyes") }),
        });
        var quote = Assert.Single(corpus.Quotes);
        Assert.Equal("Tom Reyes", quote.Speaker);
    }

    [Fact]
    public void ShortQuoteContainedInALongOneIsGrouped()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", quotes: new[] { Quote("a.txt", "the harbour must stay open to all", "Ana Varga") }),
            Doc("b.txt", quotes: new[] { Quote("b.txt", "We said it before: the harbour must stay open to all, and we meant it, every word of it.", "Ana Varga") }),
        });
        Assert.Single(corpus.Quotes);
    }

    [Fact]
    public void DifferentWordsOrDifferentSpeakersStayApart()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", quotes: new[] { Quote("a.txt", "River pollution keeps getting worse", "Ana Varga") }),
            Doc("b.txt", quotes: new[] { Quote("b.txt", "River pollution keeps getting worse", "Tom Reyes") }),
            Doc("c.txt", quotes: new[] { Quote("c.txt", "Air quality is improving every year", "Ana Varga") }),
        });
        Assert.Equal(3, corpus.Quotes.Count);
    }

    [Fact]
    public void OneArticleRepeatingAQuoteKeepsBothInstances()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", quotes: new[] { Quote("a.txt", "Never again", "Ana Varga"), Quote("a.txt", "Never again", "Ana Varga", line: 4) }),
        });
        Assert.Equal(2, corpus.Quotes.Count);
    }

    [Fact]
    public void SpeakerNamesAreTheConsolidatedNames()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Ana Varga") }),
            Doc("b.txt", people: new[] { Person("b.txt", "Varga", PersonRole.Speaker) }, quotes: new[] { Quote("b.txt", "The river is clean again", "Varga") }),
        });
        Assert.Equal("Ana Varga", Assert.Single(corpus.Quotes).Speaker);
    }
}
