using FactGen.Extraction.Tests.Text;
using Xunit;

namespace FactGen.Extraction.Tests.Quotes;

/// <summary>
/// The quotation stage reuses its paragraph views, resolver and lists from one article to the next on a
/// thread: an article must come out the same after any other as on a fresh thread.
/// </summary>
public class QuoteScratchReuseTests
{
    private const string Long =
        "HARBOUR TO REOPEN\n\n" +
        "Harbour master Tova Lind said the quay would reopen. \"We are ready,\" she said.\n\n" +
        "\"The boats will come back,\" Lind added. Port chief Arne Voss was less sure.\n\n" +
        "\"It will take a year,\" he said, \"maybe two.\"\n\n" +
        "Voss said: \n\n" +
        "\"Nobody knows.\"\n\n" +
        "Mr Voss told reporters: \"We wait.\" Ms Lind smiled. \"Wait, then,\" she said.\n";

    private const string Short = "Mira Holt opened the fair.\n\n\"It is a good day,\" she said. \"Come back,\" said Holt.\n";

    [Fact]
    public void AShortArticleAfterALongOneGivesTheSameQuotesAsOnAFreshThread()
    {
        var fresh = FreshThread.Extract("s.txt", Short);

        DocumentExtractor.Extract("l.txt", Long);
        var afterLong = DocumentExtractor.Extract("s.txt", Short);

        Assert.Equal(fresh, afterLong);
        Assert.NotEmpty(afterLong.Quotes);
    }

    [Fact]
    public void ALongArticleAfterAShortOneGivesTheSameQuotesAsOnAFreshThread()
    {
        var fresh = FreshThread.Extract("l.txt", Long);

        DocumentExtractor.Extract("s.txt", Short);
        var afterShort = DocumentExtractor.Extract("l.txt", Long);

        Assert.Equal(fresh, afterShort);
        Assert.Contains(afterShort.Quotes, q => q.Speaker == "Arne Voss");
    }
}
