using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Consolidation;
using static FactGen.Extraction.Tests.Consolidation.Build;

namespace FactGen.Extraction.Tests.Consolidation;

public class OrderIndependenceTests
{
    [Fact]
    public void ShuffledInputsGiveEqualCorpusFacts()
    {
        var documents = new List<DocumentFacts>
        {
            DocumentExtractor.Extract("one.txt", "The Baltic Film Festival in Riga opened on 8 October 2024 with more than 40 films.\n\"Cinema unites us all,\" said director Ana Varga."),
            DocumentExtractor.Extract("two.txt", "RIGA: The five-day Baltic Film Festival shows 40+ films.\n\"Cinema unites us all again,\" Varga said."),
            Doc("three.txt",
                people: new[] { Person("three.txt", "Ana Varga", PersonRole.Speaker), Person("three.txt", "Varga", line: 2) },
                quotes: new[] { Quote("three.txt", "Cinema unites us all", "Ana Varga") },
                events: new[] { Event("three.txt", "Baltic Film Festival", start: "2024-10-09", figures: new[] { Figure("three.txt", 45, "films") }) }),
            Doc("four.txt", orgs: new[] { Org("four.txt", "Northwind"), Org("four.txt", "Contoso", OrganizationRole.Participant) }),
        };

        var expected = Consolidator.Consolidate(documents);
        var random = new Random(7);
        for (var round = 0; round < 10; round++)
        {
            var shuffled = documents.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, Consolidator.Consolidate(shuffled));
        }

        Assert.Single(expected.Events);
    }

    [Fact]
    public void WindowsLineEndingsGiveEqualCorpusFacts()
    {
        const string One = "Harbour News\n\nRIGA: The Baltic Film Festival opened on Saturday, 12 October 2024.\nIt shows over 40 films.";
        const string Two = "The five-day Baltic Film Festival in Riga shows 40+ films.";
        var unix = Consolidator.Consolidate(new[] { DocumentExtractor.Extract("one.txt", One), DocumentExtractor.Extract("two.txt", Two) });
        var windows = Consolidator.Consolidate(new[] { DocumentExtractor.Extract("two.txt", Two.Replace("\n", "\r\n")), DocumentExtractor.Extract("one.txt", One.Replace("\n", "\r\n")) });
        Assert.Equal(unix, windows);
        Assert.Equal("2024-10-16", Assert.Single(unix.Events).EndDate);
    }
}
