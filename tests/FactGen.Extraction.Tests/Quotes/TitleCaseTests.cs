using FactGen.Extraction.Quotes;
using Xunit;

namespace FactGen.Extraction.Tests.Quotes;

/// <summary>The title test reads the quotation in place: words are runs between spaces, trimmed of marks.</summary>
public class TitleCaseTests
{
    [Theory]
    [InlineData("Global Cooperation in the Digital Age", false, true)]
    [InlineData("Global Cooperation in the Digital Age.", false, true)]
    [InlineData("Rivers  of   the North ,", false, true)]
    [InlineData("  Rivers of the North", false, false)]
    [InlineData("Harbour (Lights): A Story", false, true)]
    [InlineData("(Harbour) Lights", false, false)]
    [InlineData("Winning", true, true)]
    [InlineData("Winning", false, false)]
    [InlineData("I Will Return", false, false)]
    [InlineData("I\u2019m Still Here", false, false)]
    [InlineData("Is It Over?", false, false)]
    [InlineData("Stop Now!", false, false)]
    [InlineData("Ships Sail. Boats Row", false, false)]
    [InlineData("we sail at dawn", false, false)]
    [InlineData("Ships sail at dawn today", false, false)]
    [InlineData("Review 2024", false, true)]
    [InlineData("A B' I", false, true)]
    [InlineData("I'", true, false)]
    [InlineData(", .", true, false)]
    [InlineData("", true, false)]
    public void DecidesOnTheWordsOfTheQuotation(string content, bool midSentence, bool expected) =>
        Assert.Equal(expected, QuoteClassifier.IsTitleCase(content, midSentence));
}
