using FactGen.Extraction.Events;

namespace FactGen.Extraction.Tests.Events;

public class DocumentInfoTests
{
    [Fact]
    public void ShortFirstLineIsTheTitleAndEarlyDateIsPublished()
    {
        var info = DocumentInfoReader.Read(EventTestText.Analyse("Robots Take The Stage\n\nTech 09:15 AM - 2024-10-10\nPhoto of a robot AFP\n\nThe robots danced."));
        Assert.Equal("Robots Take The Stage", info.Title);
        Assert.Equal("2024-10-10", info.Published);
        Assert.Equal("AFP", info.Outlet);
    }

    [Fact]
    public void TitleCaseHeadlineMayEndWithAPeriod()
    {
        var info = DocumentInfoReader.Read(EventTestText.Analyse("Robots Take Over The Harbour Market Stalls.\n\nThe robots danced."));
        Assert.Equal("Robots Take Over The Harbour Market Stalls", info.Title);
    }

    [Fact]
    public void FirstLineThatIsASentenceIsNoTitle()
    {
        var info = DocumentInfoReader.Read(EventTestText.Analyse("The robots danced all night.\nThen they slept."));
        Assert.Null(info.Title);
        Assert.Null(info.Published);
        Assert.Null(info.Outlet);
    }

    [Fact]
    public void LongFirstDatesAreNotThePublicationDate()
    {
        var info = DocumentInfoReader.Read(EventTestText.Analyse(
            "The robots, first shown on 4 May 2019 at a small fair in a village hall far away from any city, danced all night long again.\nMore."));
        Assert.Null(info.Published);
    }
}
