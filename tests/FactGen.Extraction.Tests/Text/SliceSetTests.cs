using System.Linq;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Text;

public class SliceSetTests
{
    private const string Line = "The mayor said Ms Green spoke.";

    [Fact]
    public void SliceLookupMatchesTheWholeWordOnly()
    {
        var set = new SliceSet(new[] { "said", "spoke", "Green" });

        Assert.True(set.Contains(Line, 10, 4));    // "said"
        Assert.True(set.Contains(Line, 18, 5));    // "Green"
        Assert.False(set.Contains(Line, 10, 3));   // "sai"
        Assert.False(set.Contains(Line, 4, 5));    // "mayor"
        Assert.True(set.Contains("spoke"));
        Assert.False(set.Contains("Said"));
    }

    [Fact]
    public void LoweredLookupIsContainsOfTheLowerCasedWord()
    {
        var set = new SliceSet(new[] { "the", "green" });

        Assert.True(set.ContainsLowered(Line, 0, 3));   // "The"
        Assert.True(set.ContainsLowered(Line, 18, 5));  // "Green"
        Assert.False(set.Contains(Line, 0, 3));
        Assert.False(new SliceSet(new[] { "The" }).ContainsLowered(Line, 0, 3));
    }

    [Fact]
    public void IgnoreCaseSetMatchesAnyCase()
    {
        var set = new SliceSet(new[] { "MAYOR" }, ignoreCase: true);

        Assert.True(set.Contains(Line, 4, 5));
        Assert.True(set.Contains("Mayor"));
        Assert.False(set.Contains(Line, 4, 4));
    }

    [Fact]
    public void ManyEntriesAllFound()
    {
        var words = Enumerable.Range(0, 500).Select(i => "w" + i).ToArray();
        var set = new SliceSet(words);
        var text = string.Join(" ", words);

        var at = 0;
        foreach (var word in words)
        {
            Assert.True(set.Contains(text, at, word.Length), word);
            at += word.Length + 1;
        }

        Assert.Equal(500, set.Count);
        Assert.False(set.Contains("w500"));
    }

    [Fact]
    public void LexiconSliceLookupAgreesWithStringLookup()
    {
        var verbs = Lexicon.Get("reporting-verbs");
        const string text = "she said it and he Said it";

        Assert.True(verbs.Contains(text, 4, 4));
        Assert.False(verbs.Contains(text, 19, 4));
        Assert.True(verbs.ContainsLowered(text, 19, 4));
        Assert.Equal(verbs.Contains("said"), verbs.Contains(text, 4, 4));
    }
}

public class TokenLookupTests
{
    [Fact]
    public void TokensAreComparedInPlace()
    {
        var analysis = new ArticleAnalysis(ArticleText.Create("t.txt", "The chair Said so."));
        var tokens = analysis.SentenceTokens[0];
        var set = new SliceSet(new[] { "said", "chair" });

        Assert.True(analysis.Is(tokens[1], "chair"));
        Assert.False(analysis.Is(tokens[1], "chai"));
        Assert.True(analysis.In(tokens[1], set));
        Assert.False(analysis.In(tokens[2], set));
        Assert.True(analysis.LowerIn(tokens[2], set));
        Assert.True(analysis.In(tokens[2], FactGen.Extraction.Lexicons.Lexicon.GetIgnoreCase("reporting-verbs")));
    }
}
