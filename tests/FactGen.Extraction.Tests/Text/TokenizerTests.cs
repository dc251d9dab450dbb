using System.Linq;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text, 0, text.Length).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void PossessiveSIsSplitButInnerApostrophesStay()
    {
        Assert.Equal(new[] { "Okafor", "\u2019s", "O'Brien", "don't" }.SelectMany(Split), Words("Okafor\u2019s O'Brien don't"));

        static string[] Split(string w) => w == "\u2019s" ? new[] { "\u2019", "s" } : new[] { w };
    }

    [Fact]
    public void NumbersKeepSeparatorsAndAbbreviationsKeepDots()
    {
        Assert.Equal(new[] { "3,000", "and", "2.5", "in", "the", "U.S.", "." }, Words("3,000 and 2.5 in the U.S.."));
    }

    [Fact]
    public void HyphenatedNamesAreOneToken()
    {
        Assert.Equal(new[] { "Jean-Pierre", "met", "AI-powered", "robots" }, Words("Jean-Pierre met AI-powered robots"));
    }
}
