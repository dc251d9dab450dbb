using System.Linq;
using FactGen.Extraction.Tests.People;

namespace FactGen.Extraction.Tests.Organizations;

public class OrganizationRecognizerTests
{
    private static OrganizationFact Org(string text, string name) =>
        PeopleTestText.Organizations(text).Single(o => o.Name == name);

    [Theory]
    [InlineData("Profits at Northwind Traders Inc rose.", "Northwind Traders Inc", OrganizationKind.Company)]
    [InlineData("The Ministry of Water Resources issued a warning.", "Ministry of Water Resources", OrganizationKind.Government)]
    [InlineData("Voters backed the Green Valley Party again.", "Green Valley Party", OrganizationKind.Party)]
    [InlineData("He studied at the University of Lagos for a year.", "University of Lagos", OrganizationKind.Other)]
    [InlineData("The report was first carried by Reuters on Friday.", "Reuters", OrganizationKind.Media)]
    [InlineData("Shares in Microsoft fell.", "Microsoft", OrganizationKind.Company)]
    public void Keywords_and_lexicons_give_the_kind(string text, string name, OrganizationKind kind) =>
        Assert.Equal(kind, Org(text, name).Kind);

    [Fact]
    public void Acronym_in_parentheses_is_an_alias()
    {
        var org = Org("The Coastal Fisheries Agency (CFA) closed the bay. The CFA said it would reopen.", "Coastal Fisheries Agency");
        Assert.Contains("CFA", org.Aliases);
        Assert.Equal(3, org.Evidence.Count);
    }

    [Fact]
    public void Possessive_separates_two_organizations()
    {
        var names = PeopleTestText.Organizations("Microsoft's partner Contoso joined the expo, and exhibitors included Contoso.").Select(o => o.Name).ToArray();
        Assert.Contains("Microsoft", names);
        Assert.Contains("Contoso", names);
        Assert.DoesNotContain(names, n => n.Contains("partner"));
    }

    [Fact]
    public void List_after_firms_such_as_beside_an_event_is_participating()
    {
        var orgs = PeopleTestText.Organizations("The expo drew firms such as Fabrikam, Tailspin and Wingtip.");
        Assert.All(new[] { "Fabrikam", "Tailspin", "Wingtip" }, n =>
            Assert.Equal(OrganizationRole.Participant, orgs.Single(o => o.Name == n).Role));
    }

    [Fact]
    public void Taking_part_cue_in_an_event_article_marks_participants_but_not_a_possessive_owner()
    {
        var orgs = PeopleTestText.Organizations("The robotics fair opened. Microsoft's unit Contoso is among the exhibitors.");
        Assert.Equal(OrganizationRole.Participant, orgs.Single(o => o.Name == "Contoso").Role);
        Assert.Equal(OrganizationRole.Mentioned, orgs.Single(o => o.Name == "Microsoft").Role);
    }

    [Fact]
    public void List_of_firms_outside_an_event_sentence_is_only_mentioned()
    {
        var orgs = PeopleTestText.Organizations("The summit opened. Rules hit companies like Fabrikam last year.");
        Assert.Equal(OrganizationRole.Mentioned, orgs.Single(o => o.Name == "Fabrikam").Role);
    }

    [Fact]
    public void Person_and_title_are_cut_from_the_organization()
    {
        var orgs = PeopleTestText.Organizations("Yesterday Lena Fischer of Tailspin Toys Ltd and Contoso Group CEO Omar Haddad met with reporters in town.").Select(o => o.Name).ToArray();
        Assert.Contains("Tailspin Toys Ltd", orgs);
        Assert.Contains("Contoso Group", orgs);
    }

    [Fact]
    public void Teams_in_a_results_table_are_sport_organizations()
    {
        var orgs = PeopleTestText.Organizations("Results on Sunday:\nRedhill 3 Eastvale 1\nNorthbury 0 Westfield 2\nStandings:\nRedhill 10 3 1\nEastvale 9 2 2");
        Assert.Equal(OrganizationKind.Sport, orgs.Single(o => o.Name == "Eastvale").Kind);
        Assert.Equal(4, orgs.Count);
    }

    [Fact]
    public void Countries_and_competitions_are_not_organizations()
    {
        var orgs = PeopleTestText.Organizations("Spain beat Italy 2-1 in the World Cup. The Russian Federation protested.");
        Assert.Empty(orgs);
    }
}

public class OrganizationContextTests
{
    [Fact]
    public void Dateline_place_is_no_organization()
    {
        var orgs = PeopleTestText.Organizations("Market report\nOSLO 2024-03-02\nPrices at Fabrikam Holdings rose.");
        Assert.Equal(new[] { "Fabrikam Holdings" }, orgs.Select(o => o.Name).ToArray());
    }

    [Fact]
    public void Venue_in_a_sports_report_is_no_team()
    {
        var orgs = PeopleTestText.Organizations("Cricket results.\nAt the Marlowe Oval: Redhill 250 beat Eastvale 120 in the match.\nRedhill 3 2 1 0\nEastvale 3 1 2 0\nNorthbury 3 1 2 0\nWestfield 3 0 3 0");
        Assert.DoesNotContain(orgs, o => o.Name.Contains("Oval"));
        Assert.Contains(orgs, o => o.Name == "Redhill" && o.Kind == OrganizationKind.Sport);
    }

    [Fact]
    public void Head_word_before_of_decides_the_kind()
    {
        var orgs = PeopleTestText.Organizations("The Ministry of Mineral Resources said output fell.");
        Assert.Equal(OrganizationKind.Government, orgs.Single().Kind);
    }

    [Fact]
    public void Company_word_fused_into_the_name_is_a_company()
    {
        var orgs = PeopleTestText.Organizations("Shares of NorthBank fell on Tuesday.");
        Assert.Equal(OrganizationKind.Company, orgs.Single(o => o.Name == "NorthBank").Kind);
    }

    [Fact]
    public void Nationality_before_an_office_of_state_is_dropped()
    {
        var orgs = PeopleTestText.Organizations("Officials of the Peruvian Foreign Ministry met.");
        Assert.Equal("Foreign Ministry", orgs.Single().Name);
    }

    [Fact]
    public void Nationality_that_is_part_of_a_name_is_kept()
    {
        var orgs = PeopleTestText.Organizations("Officials of the Peruvian Mining Association met.");
        Assert.Equal("Peruvian Mining Association", orgs.Single().Name);
    }

    [Fact]
    public void Remit_after_of_is_no_title()
    {
        var orgs = PeopleTestText.Organizations("A spokesman for the Ministry of Defence said so.");
        Assert.Equal("Ministry of Defence", orgs.Single().Name);
    }

    [Fact]
    public void Place_after_a_company_suffix_is_cut()
    {
        var orgs = PeopleTestText.Organizations("Shares of Fabrikam Motor Corp of Peru rose.");
        Assert.Equal("Fabrikam Motor Corp", orgs.Single().Name);
    }

    [Fact]
    public void Acronym_of_an_event_is_no_organization()
    {
        var orgs = PeopleTestText.Organizations("The Global Harbour Summit (GHS) opened. The GHS drew crowds.");
        Assert.Empty(orgs);
    }
}

public class OrganizationJoinTests
{
    [Fact]
    public void Name_joined_by_and_to_an_organization_word_is_one_organization()
    {
        var orgs = PeopleTestText.Organizations("The filing was sent to the Fisheries and Coastal Protection Agency on Monday.");
        Assert.Equal("Fisheries and Coastal Protection Agency", orgs.Single().Name);
    }

    [Fact]
    public void Person_before_and_stays_out_of_the_organization()
    {
        var orgs = PeopleTestText.Organizations("The deal between Maria Lopez and Tailspin Toys Ltd was signed.");
        Assert.Equal("Tailspin Toys Ltd", orgs.Single().Name);
    }

    [Fact]
    public void Known_firm_before_and_stays_separate()
    {
        var names = PeopleTestText.Organizations("Talks between Microsoft and Contoso Widgets Inc went on.").Select(o => o.Name).ToArray();
        Assert.Equal(new[] { "Microsoft", "Contoso Widgets Inc" }, names);
    }
}

public class ParticipationNegationTests
{
    [Fact]
    public void Negated_taking_part_is_no_participation()
    {
        var orgs = PeopleTestText.Organizations("The trade fair opened. Fabrikam Holdings did not participate this year.");
        Assert.Equal(OrganizationRole.Mentioned, orgs.Single(o => o.Name == "Fabrikam Holdings").Role);
    }
}

public class OrganizationRelationTests
{
    [Fact]
    public void Members_of_a_firms_list_are_organizations_not_people()
    {
        var article = PeopleTestText.Analyse("The expo hosts start-ups such as Heron Labs and Marlin Dynamics.");
        Assert.Empty(FactGen.Extraction.People.PersonRecognizer.Recognize(article).Entities);
        var orgs = PeopleTestText.Organizations("The expo hosts start-ups such as Heron Labs and Marlin Dynamics.");
        Assert.Equal(new[] { "Heron Labs", "Marlin Dynamics" }, orgs.Select(o => o.Name).ToArray());
    }

    [Fact]
    public void Ministry_remit_continues_after_and()
    {
        var org = PeopleTestText.Organizations("The Ministry of Fisheries and Coastal Waters (MFCW) backs the plan.").Single();
        Assert.Equal("Ministry of Fisheries and Coastal Waters", org.Name);
        Assert.Contains("MFCW", org.Aliases);
    }

    [Fact]
    public void Company_in_a_person_title_is_not_a_participant()
    {
        var orgs = PeopleTestText.Organizations("The expo opened. Microsoft chief executive Lena Fischer attended the expo.");
        Assert.Equal(OrganizationRole.Mentioned, orgs.Single(o => o.Name == "Microsoft").Role);
    }

    [Fact]
    public void Outlet_credited_in_a_participation_sentence_is_not_a_participant()
    {
        var orgs = PeopleTestText.Organizations("OSLO (Reuters) - The fair opened with exhibitors including Fabrikam Holdings.");
        Assert.Equal(OrganizationRole.Mentioned, orgs.Single(o => o.Name == "Reuters").Role);
        Assert.Equal(OrganizationRole.Participant, orgs.Single(o => o.Name == "Fabrikam Holdings").Role);
    }
}

public class DatelineCreditTests
{
    [Fact]
    public void Outlet_in_brackets_after_the_dateline_is_media()
    {
        var orgs = PeopleTestText.Organizations("Markets\nOSLO, May 2 (Fjord Service) - Prices fell.");
        Assert.Equal(OrganizationKind.Media, orgs.Single().Kind);
    }
}
