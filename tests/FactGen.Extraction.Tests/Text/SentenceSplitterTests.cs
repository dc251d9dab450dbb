using System.Linq;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(ArticleText.Create("t.txt", text)).Select(s => s.Text).ToArray();

    [Fact]
    public void TitlesAndInitialsDoNotEndSentences()
    {
        Assert.Equal(
            new[] { "Mr. Brown met Dr. J. Okafor on Jan. 5 in the city.", "They spoke for an hour." },
            Split("Mr. Brown met Dr. J. Okafor on Jan. 5 in the city. They spoke for an hour."));
    }

    [Fact]
    public void ClosingQuoteStaysWithItsSentence()
    {
        Assert.Equal(
            new[] { "She said: \u201CWe won.\u201D", "Then she left." },
            Split("She said: \u201CWe won.\u201D Then she left."));
    }

    [Fact]
    public void LineBreaksAlwaysEndSentencesAndNumberParagraphs()
    {
        var sentences = SentenceSplitter.Split(ArticleText.Create("t.txt", "Headline without stop\n\nBody one. Body two."));

        Assert.Equal(new[] { "Headline without stop", "Body one.", "Body two." }, sentences.Select(s => s.Text));
        Assert.Equal(new[] { 0, 1, 1 }, sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void DottedAbbreviationBeforeLowerCaseDoesNotSplit()
    {
        Assert.Single(Split("With the U.S. tightening controls, firms adapted."));
    }

    [Fact]
    public void DottedAbbreviationBeforeANameDoesNotSplitButBeforeAFunctionWordDoes()
    {
        Assert.Single(Split("The U.N. Security Council met on Monday."));
        Assert.Equal(2, Split("Prices rose in the U.S. The euro fell.").Length);
    }
}
