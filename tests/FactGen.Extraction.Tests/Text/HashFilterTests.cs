using FactGen.Extraction.Text;
using Xunit;

namespace FactGen.Extraction.Tests.Text;

/// <summary>The hash filter may say "maybe" for a word not listed, never "no" for a listed one.</summary>
public class HashFilterTests
{
    [Fact]
    public void EveryListedWordMayBeContained()
    {
        var words = new[] { "said", "told", "added", "warned", "according" };
        var filter = new HashFilter(words);

        foreach (var word in words)
        {
            Assert.True(filter.MayContain(WordHash.Of(word, 0, word.Length)));
        }
    }

    [Fact]
    public void MostOtherWordsAreRuledOut()
    {
        var filter = new HashFilter(new[] { "said", "told" });
        var others = new[] { "the", "harbour", "boats", "reopen", "quay", "master", "will", "come", "back", "year" };

        var ruledOut = 0;
        foreach (var word in others)
        {
            ruledOut += filter.MayContain(WordHash.Of(word, 0, word.Length)) ? 0 : 1;
        }

        Assert.True(ruledOut >= others.Length - 1);
    }

    [Fact]
    public void AWordIsFoundByItsTokenHash()
    {
        var article = new ArticleAnalysis(ArticleText.Create("a.txt", "Lind said the quay would reopen."));
        var filter = new HashFilter(new[] { "said" });

        Assert.True(filter.MayContain(article.TokenHashes[1]));
        article.Release();
    }
}
