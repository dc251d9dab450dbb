namespace FactGen.Extraction.Tests.People;

public class RoleAssignerTests
{
    [Theory]
    [InlineData("Paula Reyes said that prices would fall.")]
    [InlineData("Paula Reyes, the bank's chief economist, warned of a slowdown.")]
    [InlineData("Prices will fall, said Paula Reyes.")]
    [InlineData("According to Paula Reyes, prices will fall.")]
    public void Reported_speech_makes_a_speaker(string text)
    {
        var people = PeopleTestText.PeopleWithRoles(text);
        Assert.Equal(PersonRole.Speaker, people.Person("Paula Reyes").Role);
    }

    [Fact]
    public void People_listed_among_the_speakers_are_speakers()
    {
        var people = PeopleTestText.PeopleWithRoles("Speakers at the forum included Omar Haddad, a chemist, and Lena Fischer.");
        Assert.Equal(PersonRole.Speaker, people.Person("Omar Haddad").Role);
        Assert.Equal(PersonRole.Speaker, people.Person("Lena Fischer").Role);
    }

    [Fact]
    public void The_speaker_of_a_quote_is_a_speaker()
    {
        var people = PeopleTestText.PeopleWithRoles("Omar Haddad was there.", new QuoteFact("We are ready.", "Omar Haddad", false, EquatableArray<FactEvidence>.Empty));
        Assert.Equal(PersonRole.Speaker, people.Person("Omar Haddad").Role);
    }

    [Theory]
    [InlineData("Victor Lund, the group's founder, did not attend the launch.")]
    [InlineData("Notably absent was Victor Lund of the steering group.")]
    [InlineData("Victor Lund was absent because of illness.")]
    public void Absence_cues_make_a_person_absent(string text)
    {
        var people = PeopleTestText.PeopleWithRoles(text);
        Assert.Equal(PersonRole.Absent, people.Person("Victor Lund").Role);
    }

    [Fact]
    public void Anyone_else_is_mentioned()
    {
        var people = PeopleTestText.PeopleWithRoles("The bridge was designed by Victor Lund in 1990.");
        Assert.Equal(PersonRole.Mentioned, people.Person("Victor Lund").Role);
    }
}

public class NonPersonFilterTests
{
    [Fact]
    public void Names_added_by_attribution_that_are_no_people_are_dropped()
    {
        var article = PeopleTestText.Analyse("Reuters reported the death of the envoy. Anna Berg spoke.");
        var people = FactGen.Extraction.People.PersonRecognizer.Recognize(article);
        people.GetOrAdd("Reuters", 0, 7);
        people.GetOrAdd("Death", 20, 5);
        FactGen.Extraction.People.RoleAssigner.Assign(article, people, System.Array.Empty<QuoteFact>());
        Assert.Equal(new[] { "Anna Berg" }, people.Names());
    }
}

public class RoleCueTests
{
    [Theory]
    [InlineData("Victor Lund, who did not attend, sent a letter.")]
    [InlineData("Victor Lund pulled out of the summit on Friday.")]
    [InlineData("Victor Lund withdrew from the race.")]
    [InlineData("Victor Lund, the envoy, Skipped the dinner.")]
    [InlineData("Victor Lund cancelled his visit.")]
    [InlineData("Among the absentees Victor Lund stood out.")]
    [InlineData("Absent: Victor Lund and two aides.")]
    [InlineData("In the absence of Victor Lund the board met.")]
    [InlineData("Also missing was Victor Lund of the harbour board.")]
    public void More_absence_cues(string text) =>
        Assert.Equal(PersonRole.Absent, PeopleTestText.PeopleWithRoles(text).Person("Victor Lund").Role);

    [Fact]
    public void Possessive_owner_of_a_speaking_aide_is_no_speaker()
    {
        var people = PeopleTestText.PeopleWithRoles("Victor Lund's spokesman said the plan was sound.");
        Assert.Equal(PersonRole.Mentioned, people.Person("Victor Lund").Role);
    }

    [Fact]
    public void Addressee_of_told_is_no_speaker()
    {
        var people = PeopleTestText.PeopleWithRoles("The minister told Victor Lund to wait.");
        Assert.Equal(PersonRole.Mentioned, people.Person("Victor Lund").Role);
    }
}

public class AbsentListTests
{
    [Fact]
    public void Absent_was_then_a_titled_name_is_absent()
    {
        var people = PeopleTestText.PeopleWithRoles("Notably absent was Peruvian envoy Rosa Quispe, who was ill.");
        Assert.Equal(PersonRole.Absent, people.Person("Rosa Quispe").Role);
    }

    [Fact]
    public void Compass_point_and_nationality_are_not_part_of_the_title()
    {
        var people = PeopleTestText.PeopleWithRoles("South Korean Trade Minister Park Ji-won arrived.");
        Assert.Contains("Trade Minister", people.Person("Park Ji-won").Titles);
    }
}
