using System;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Text;

public class LookupTests
{
    [Fact]
    public void LastAtOrBeforeAgreesWithArrayBinarySearch()
    {
        var starts = new[] { 0, 4, 9, 15, 30 };
        for (var offset = -2; offset < 35; offset++)
        {
            var index = Array.BinarySearch(starts, offset);
            Assert.Equal(index >= 0 ? index : ~index - 1, ArticleText.LastAtOrBefore(starts, offset));
        }

        Assert.Equal(-1, ArticleText.LastAtOrBefore(Array.Empty<int>(), 3));
    }

    [Fact]
    public void SentenceIndexAtFindsTheSentenceHoldingAnOffset()
    {
        var analysis = new ArticleAnalysis(ArticleText.Create("t.txt", "One cat sat. Two dogs ran.\nA bird sang."));

        Assert.Equal(0, analysis.SentenceIndexAt(0));
        Assert.Equal(0, analysis.SentenceIndexAt(11));
        Assert.Equal(1, analysis.SentenceIndexAt(13));
        Assert.Equal(2, analysis.SentenceIndexAt(30));
        Assert.Equal(3, analysis.Sentences.Count);
    }
}
