using FactGen.Extraction.Events;
using Xunit;

namespace FactGen.Extraction.Tests.Events;

/// <summary>The event's sentence set walks its members in ascending order, as a sorted set would.</summary>
public class SentenceSetTests
{
    [Fact]
    public void MembersComeLowestFirstAndOnce()
    {
        var set = new SentenceSet(10);
        set.Add(7);
        set.Add(2);
        set.Add(7);
        set.Add(0);

        Assert.Equal(new[] { 0, 2, 7 }, set.Ascending);
        Assert.True(set.Contains(2));
        Assert.False(set.Contains(3));
    }

    [Fact]
    public void AMemberAddedAfterAWalkIsWalkedToo()
    {
        var set = new SentenceSet(5);
        set.Add(3);
        Assert.Equal(new[] { 3 }, set.Ascending);

        set.Add(1);
        Assert.Equal(new[] { 1, 3 }, set.Ascending);
    }
}
