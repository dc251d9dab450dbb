using System.Linq;
using FactGen.Extraction.Consolidation;
using static FactGen.Extraction.Tests.Consolidation.Build;

namespace FactGen.Extraction.Tests.Consolidation;

public class PeopleAndOrganizationTests
{
    [Fact]
    public void SameFullNameAcrossArticlesIsOnePersonWithRolesAndTitlesMerged()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Maria Lopez", PersonRole.Mentioned, titles: new[] { "Mayor" }) }),
            Doc("b.txt", people: new[] { Person("b.txt", "Maria Lopez", PersonRole.Speaker, titles: new[] { "mayor", "engineer" }) }),
        });
        var maria = Assert.Single(corpus.People);
        Assert.Equal(PersonRole.Speaker, maria.Role);
        Assert.Equal(new[] { "Mayor", "engineer" }, maria.Titles.ToArray());
        Assert.Equal(2, maria.SupportCount);
    }

    [Fact]
    public void TitlesWrittenWithOrWithoutHyphensAreOneTitle()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Tom Reyes", titles: new[] { "Deputy Trade Minister" }) }),
            Doc("b.txt", people: new[] { Person("b.txt", "Tom Reyes", titles: new[] { "Deputy-Trade Minister" }) }),
            Doc("c.txt", people: new[] { Person("c.txt", "Tom Reyes", titles: new[] { "Deputy Trade Minister" }) }),
        });
        Assert.Equal(new[] { "Deputy Trade Minister" }, Assert.Single(corpus.People).Titles.ToArray());
    }

    [Fact]
    public void OrganizationsOneArticleKeptApartAreNotJoinedByAnotherArticlesAlias()
    {
        var withAlias = new OrganizationFact("Northwind Traders", Arr("Northwind"), OrganizationKind.Company, OrganizationRole.Mentioned, Arr(At("a.txt", 1)));
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", orgs: new[] { withAlias, Org("a.txt", "Northwind", line: 2) }),
        });
        Assert.Equal(2, corpus.Organizations.Count);
    }

    [Fact]
    public void SameOfficeWithAndWithoutRankIsATitleConflictAtTheMinority()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Tom Reyes", titles: new[] { "Deputy Trade Minister" }) }),
            Doc("b.txt", people: new[] { Person("b.txt", "Tom Reyes", titles: new[] { "Trade Minister" }, line: 6) }),
            Doc("c.txt", people: new[] { Person("c.txt", "Tom Reyes", titles: new[] { "deputy trade minister" }) }),
        });
        var conflict = Assert.Single(corpus.Diagnostics);
        Assert.Equal((DiagnosticIds.ConflictingFacts, "b.txt", 6), (conflict.Id, conflict.File, conflict.Line));
    }

    [Fact]
    public void DifferentOfficesAreNoTitleConflict()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Tom Reyes", titles: new[] { "Trade Minister" }) }),
            Doc("b.txt", people: new[] { Person("b.txt", "Tom Reyes", titles: new[] { "party leader" }) }),
        });
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void AbsentBeatsMentioned()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Tom Reyes", PersonRole.Absent) }),
            Doc("b.txt", people: new[] { Person("b.txt", "Tom Reyes") }),
        });
        Assert.Equal(PersonRole.Absent, Assert.Single(corpus.People).Role);
    }

    [Fact]
    public void LoneSurnameJoinsTheOnlyFullNameInTheCorpus()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Ana Varga") }),
            Doc("b.txt", people: new[] { Person("b.txt", "Varga", PersonRole.Speaker) }),
        });
        var ana = Assert.Single(corpus.People);
        Assert.Equal("Ana Varga", ana.Name);
        Assert.Contains("Varga", ana.Aliases);
    }

    [Fact]
    public void LoneSurnameSharedByTwoFullNamesStaysApart()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Ana Varga") }),
            Doc("b.txt", people: new[] { Person("b.txt", "Peter Varga") }),
            Doc("c.txt", people: new[] { Person("c.txt", "Varga") }),
        });
        Assert.Equal(new[] { "Ana Varga", "Peter Varga", "Varga" }, corpus.People.Select(p => p.Name).ToArray());
    }

    [Fact]
    public void LoneSurnameFollowsItsOwnArticleFirst()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Ana Varga") }),
            Doc("b.txt", people: new[] { Person("b.txt", "Peter Varga"), Person("b.txt", "Varga", line: 2) }),
        });
        Assert.Equal(2, corpus.People.Count);
        Assert.Contains("Varga", Named(corpus, "Peter Varga").Aliases);
    }

    [Fact]
    public void DifferentPeopleSharingASurnameAreNeverMerged()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", people: new[] { Person("a.txt", "Ana Varga") }),
            Doc("b.txt", people: new[] { Person("b.txt", "Peter Varga") }),
        });
        Assert.Equal(2, corpus.People.Count);
    }

    [Fact]
    public void OrganizationsMergeByNameAndAliasWithParticipantWinning()
    {
        var withAlias = new OrganizationFact("Northwind Traders", Arr("Northwind"), OrganizationKind.Company, OrganizationRole.Mentioned, Arr(At("a.txt", 1)));
        var corpus = Consolidator.Consolidate(new[]
        {
            Doc("a.txt", orgs: new[] { withAlias }),
            Doc("b.txt", orgs: new[] { Org("b.txt", "Northwind", OrganizationRole.Participant) }),
        });
        var org = Assert.Single(corpus.Organizations);
        Assert.Equal(OrganizationRole.Participant, org.Role);
        Assert.Equal(2, org.SupportCount);
    }
}

public class EventAcronymIsNotAnOrganizationTests
{
    [Fact]
    public void AnOrganizationNamedLikeAnEventAliasIsDropped()
    {
        var corpus = Consolidator.Consolidate(new[]
        {
            Build.Doc("a.txt", events: new[] { Build.Event("a.txt", "Northern Robotics Expo", aliases: new[] { "NRE" }) }),
            Build.Doc("b.txt", orgs: new[] { Build.Org("b.txt", "NRE", kind: OrganizationKind.Other), Build.Org("b.txt", "Acme Robotics") }),
        });

        Assert.Equal(new[] { "Acme Robotics" }, corpus.Organizations.Select(o => o.Name));
    }
}
