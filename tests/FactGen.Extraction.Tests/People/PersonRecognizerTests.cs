using FactGen.Extraction.People;

namespace FactGen.Extraction.Tests.People;

public class PersonRecognizerTests
{
    [Fact]
    public void Title_before_the_name_is_kept_without_the_nationality()
    {
        var people = PeopleTestText.People("The talks were opened by Norwegian Prime Minister Ola Berg on Monday.");
        Assert.Equal(new[] { "Ola Berg" }, people.Names());
        Assert.Contains("Prime Minister", people.Person("Ola Berg").Titles);
    }

    [Fact]
    public void Lower_case_title_and_company_before_the_name_form_one_title()
    {
        var people = PeopleTestText.People("The panel heard from former Contoso CEO Maria Lindqvist about chips.");
        Assert.Contains("former Contoso CEO", people.Person("Maria Lindqvist").Titles);
    }

    [Fact]
    public void Appositive_after_the_name_gives_the_title_after_a_possessive()
    {
        var people = PeopleTestText.People("Tom Varga, the Dutch king's adviser on energy, spoke first.");
        Assert.Contains("adviser on energy", people.Person("Tom Varga").Titles);
    }

    [Fact]
    public void A_long_owner_before_the_possessive_does_not_hide_the_title()
    {
        var people = PeopleTestText.People("Guests included Tom Varga, the Dutch Prime Minister's special adviser for EU affairs, and others.");
        Assert.Contains("special adviser for EU affairs", people.Person("Tom Varga").Titles);
    }

    [Fact]
    public void The_next_list_item_is_not_the_previous_name_s_appositive()
    {
        var people = PeopleTestText.People("Speakers included Tom Varga, former Contoso CEO Maria Lindqvist, and the mayor.");
        Assert.Empty(people.Person("Tom Varga").Titles);
        Assert.Contains("former Contoso CEO", people.Person("Maria Lindqvist").Titles);
    }

    [Fact]
    public void Given_name_lexicon_confirms_a_name_in_a_sentence_without_other_cues()
    {
        var people = PeopleTestText.People("Yesterday Robert Kowalczyk opened a bakery.");
        Assert.Equal(new[] { "Robert Kowalczyk" }, people.Names());
    }

    [Fact]
    public void Sentence_initial_words_months_and_places_are_not_people()
    {
        var people = PeopleTestText.People("In March the plant moved to Germany. However Berlin said the move would help exports.");
        Assert.Empty(people.Names());
    }

    [Fact]
    public void Titled_short_name_and_surname_join_the_full_name()
    {
        var people = PeopleTestText.People("Minister Zhou Wenbo arrived early. Minister Zhou later met the press, and Zhou left at noon.");
        var person = Assert.Single(people.Entities);
        Assert.Equal("Zhou Wenbo", person.Name);
        Assert.Equal(3, person.Mentions.Count);
        Assert.Contains("Minister Zhou", person.Aliases);
    }

    [Fact]
    public void Possessive_is_a_mention_of_the_same_person()
    {
        var people = PeopleTestText.People("Karen Holt opened the fair. Holt's speech was short.");
        var person = Assert.Single(people.Entities);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void Surname_joins_the_most_recent_of_two_people_who_share_it()
    {
        var people = PeopleTestText.People("Anna Berg met Lars Berg. Later Lars Berg spoke, and Berg smiled.");
        Assert.Single(people.Person("Anna Berg").Mentions);
        Assert.Equal(3, people.Person("Lars Berg").Mentions.Count);
    }

    [Fact]
    public void Gender_comes_from_honorifics_and_pronouns()
    {
        var people = PeopleTestText.People("Mrs Ilse Brandt chaired the meeting. Dr Joon Park spoke next. He praised the plan.");
        Assert.Equal('f', people.Person("Ilse Brandt").Gender);
        Assert.Equal('m', people.Person("Joon Park").Gender);
    }

    [Fact]
    public void Organization_names_are_not_people()
    {
        var people = PeopleTestText.People("Shares of Fabrikam Holdings rose after the Ministry of Foreign Affairs spoke.");
        Assert.Empty(people.Names());
    }

    [Fact]
    public void Ranked_results_lines_give_people()
    {
        var people = PeopleTestText.People("Results:\n1. Tiago Mendes (Portugal) 10.12\n2. Ivo Kral (Czech Republic) 10.15");
        Assert.Equal(new[] { "Tiago Mendes", "Ivo Kral" }, people.Names());
    }

    [Fact]
    public void FindByName_ignores_titles_and_finds_a_family_name_written_first()
    {
        var people = PeopleTestText.People("Governor Wang Lei toured the port.");
        Assert.Equal("Wang Lei", people.FindByName("Governor Wang")?.Name);
        Assert.Equal("Wang Lei", people.FindByName("Lei")?.Name);
        Assert.Null(people.FindByName("Smith"));
    }
}

public class PersonRecognizerContextTests
{
    [Fact]
    public void Title_case_headline_gives_no_names()
    {
        var people = PeopleTestText.People("Harbour Workers Strike Over New Pension Rules\nDock workers walked out on Monday.");
        Assert.Empty(people.Names());
    }

    [Fact]
    public void Capitalised_words_in_quotation_marks_are_a_title_not_a_person()
    {
        var people = PeopleTestText.People("The film \"Silent Harbour\" opened in cinemas this week.");
        Assert.Empty(people.Names());
    }

    [Fact]
    public void Regnal_number_stays_with_the_name()
    {
        var people = PeopleTestText.People("The castle was built for King Henry IV in the old town.");
        Assert.Equal(new[] { "Henry IV" }, people.Names());
    }

    [Fact]
    public void Nationality_before_a_name_is_not_part_of_it()
    {
        var people = PeopleTestText.People("The race was won by Italian Marco Bellini on Sunday.");
        Assert.Equal(new[] { "Marco Bellini" }, people.Names());
    }

    [Fact]
    public void Initials_make_a_name_in_a_score_line()
    {
        var people = PeopleTestText.People("Northshire 250 (K. Adeyemi 71, P. Lindgren 40) beat the visitors.");
        Assert.Equal(new[] { "K. Adeyemi", "P. Lindgren" }, people.Names());
    }

    [Fact]
    public void A_title_of_an_office_is_no_person()
    {
        var people = PeopleTestText.People("The High Commissioner for Fisheries visited the port.");
        Assert.Empty(people.Names());
    }

    [Fact]
    public void Qualifier_alone_is_no_title()
    {
        var people = PeopleTestText.People("Prices rose, said Ivan Petrov, speaking of the health budget.");
        Assert.Empty(people.Person("Ivan Petrov").Titles);
    }
}

public class PersonRecognizerShapeTests
{
    [Fact]
    public void Comma_list_of_names_without_other_words_gives_people()
    {
        var people = PeopleTestText.People("The squad was named on Friday.\nIt has no changes.\nTaro Ikeda, Mbali Dube, Sven Aalto,");
        Assert.Equal(new[] { "Taro Ikeda", "Mbali Dube", "Sven Aalto" }, people.Names());
    }

    [Fact]
    public void Team_named_after_a_city_is_no_person()
    {
        var people = PeopleTestText.People("The Portland Hornets lost to the visitors on Friday.");
        Assert.DoesNotContain("Portland Hornets", people.Names());
    }

    [Fact]
    public void Generational_suffix_stays_out_of_the_name()
    {
        var people = PeopleTestText.People("The race was won by Bobby Kessler Jr on Sunday.");
        Assert.Equal(new[] { "Bobby Kessler" }, people.Names());
    }

    [Fact]
    public void Arabic_article_inside_a_name_is_kept()
    {
        var people = PeopleTestText.People("The talks were led by Karim al-Masri on Monday.");
        Assert.Equal(new[] { "Karim al-Masri" }, people.Names());
    }

    [Fact]
    public void Abbreviated_compass_point_before_a_place_is_no_initial()
    {
        var people = PeopleTestText.People("Exports to S. Korea rose in May.");
        Assert.Empty(people.Names());
    }
}

public class PersonTitleTests
{
    [Fact]
    public void Title_at_the_start_of_a_sentence_is_kept()
    {
        var people = PeopleTestText.People("Prices fell.\nChancellor Rachel Byrne welcomed the news.");
        Assert.Contains("Chancellor", people.Person("Rachel Byrne").Titles);
    }

    [Fact]
    public void Organization_and_chief_make_a_title()
    {
        var people = PeopleTestText.People("Fund chief Ilona Varga will visit next week.");
        Assert.Contains("Fund chief", people.Person("Ilona Varga").Titles);
    }

    [Fact]
    public void Lower_case_modifier_joins_the_title()
    {
        var people = PeopleTestText.People("The plan was attacked by opposition leader Tomas Hale on Monday.");
        Assert.Contains("opposition leader", people.Person("Tomas Hale").Titles);
    }

    [Fact]
    public void Byline_gives_a_person()
    {
        var people = PeopleTestText.People("Harbour plans stall\nBy Anik Rautela\nThe plan stalled.");
        Assert.Equal(new[] { "Anik Rautela" }, people.Names());
    }
}
