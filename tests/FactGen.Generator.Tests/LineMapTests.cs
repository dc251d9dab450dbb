using FactGen.Generator.Model;

namespace FactGen.Generator.Tests;

/// <summary>The engine's normalised positions map back to the original file, whatever its line endings.</summary>
public class LineMapTests
{
    [Theory]
    [InlineData("ab\ncd\nef", 7)]
    [InlineData("ab\r\ncd\r\nef", 9)]
    [InlineData("ab\rcd\ref", 7)]
    public void LocatesTheStartOfAThirdLineSpan(string text, int expectedStart)
    {
        var info = LineMap.Of(text).Locate("FG0001", "m", "/x.txt", 3, 2, 1);
        Assert.Equal(expectedStart, info.Start);
        Assert.Equal(1, info.Length);
        Assert.Equal((2, 1, 2, 2), (info.StartLine, info.StartColumn, info.EndLine, info.EndColumn));
    }

    [Fact]
    public void ASpanAcrossALineEndCountsTheOriginalLineEnd()
    {
        // Normalised "cd\nef" from line 2 column 1 is 5 characters; in CRLF text it is 6.
        var info = LineMap.Of("ab\r\ncd\r\nef").Locate("FG0003", "m", "/x.txt", 2, 1, 5);
        Assert.Equal(4, info.Start);
        Assert.Equal(6, info.Length);
        Assert.Equal((1, 0, 2, 2), (info.StartLine, info.StartColumn, info.EndLine, info.EndColumn));
    }

    [Fact]
    public void PositionsOutsideTheFileAreClamped()
    {
        var info = LineMap.Of("ab").Locate("FG0001", "m", "/x.txt", 9, 40, 100);
        Assert.Equal((0, 2, 0, 2), (info.StartLine, info.StartColumn, info.EndLine, info.EndColumn));
    }
}
