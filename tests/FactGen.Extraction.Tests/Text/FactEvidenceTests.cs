using System.Linq;
using FactGen.Extraction.Consolidation;
using Xunit;

namespace FactGen.Extraction.Tests.Text;

/// <summary>
/// Engine evidence keeps its sentence in place in the article text: it must read, compare, hash and sort exactly as
/// evidence built from a sentence string does.
/// </summary>
public class FactEvidenceTests
{
    private const string Article = "Harbour news.\nTova Lind opened the quay. Lind said it was late.\n";

    private static FactEvidence InPlace(string sentence, int line = 2, int column = 1) =>
        new("a.txt", line, column, 4, Article, Article.IndexOf(sentence, System.StringComparison.Ordinal), sentence.Length);

    [Fact]
    public void TheSentenceReadsAsTheTextItStandsFor()
    {
        Assert.Equal("Tova Lind opened the quay.", InPlace("Tova Lind opened the quay.").Sentence);
        Assert.Equal(string.Empty, new FactEvidence("a.txt", 1, 1, 0, Article, 5, 0).Sentence);
    }

    [Fact]
    public void InPlaceEvidenceEqualsEvidenceBuiltFromTheSentenceString()
    {
        var inPlace = InPlace("Tova Lind opened the quay.");
        var copied = new FactEvidence("a.txt", 2, 1, 4, "Tova Lind opened the quay.");

        Assert.Equal(copied, inPlace);
        Assert.Equal(inPlace, copied);
        Assert.Equal(copied.GetHashCode(), inPlace.GetHashCode());
    }

    [Fact]
    public void ADifferentSentenceOrPlaceIsNotEqual()
    {
        var first = InPlace("Tova Lind opened the quay.");

        Assert.NotEqual(first, InPlace("Lind said it was late."));
        Assert.NotEqual(first, InPlace("Tova Lind opened the quay.", column: 2));
        Assert.NotEqual(first, new FactEvidence("a.txt", 2, 1, 4, "Tova Lind opened the quay"));
    }

    [Fact]
    public void SentencesSortOrdinallyWhateverTheirStorage()
    {
        // Same place, different sentences: the order falls to the sentence text, shorter prefix first.
        var strings = new[] { "Lind said it was late.", "Lind said", "Harbour news.", "Tova Lind opened the quay." };
        var copied = strings.Select(s => new FactEvidence("a.txt", 2, 1, 4, s)).ToList();
        var inPlace = strings.Select(s => InPlace(s)).ToList();

        copied.Sort(Evidence.Order);
        inPlace.Sort(Evidence.Order);

        var expected = strings.OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, copied.Select(e => e.Sentence).ToArray());
        Assert.Equal(expected, inPlace.Select(e => e.Sentence).ToArray());
    }

    [Fact]
    public void DeconstructionGivesTheSentenceText()
    {
        var (file, line, column, length, sentence) = InPlace("Lind said it was late.", column: 27);

        Assert.Equal(("a.txt", 2, 27, 4, "Lind said it was late."), (file, line, column, length, sentence));
    }
}
