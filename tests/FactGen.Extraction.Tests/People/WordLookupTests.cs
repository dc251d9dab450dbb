using System.Collections.Generic;
using System.Threading.Tasks;
using FactGen.Extraction.People;

namespace FactGen.Extraction.Tests.People;

/// <summary>The allocation-free lookups the name recognisers use must answer exactly as the string versions.</summary>
public class WordLookupTests
{
    [Fact]
    public void A_word_read_from_the_text_is_shared_and_knows_its_lower_case()
    {
        var table = WordTable.Current;
        const string text = "the Harbour and the harbour";
        var first = table.Get(text, 4, 7);
        Assert.Equal("Harbour", first.Text);
        Assert.Same(first, table.Get("Harbour"));
        Assert.Same(table.Get(text, 20, 7), first.Lower);
        Assert.Same(table.Get(text, 0, 3), table.Get(text, 16, 3));
    }

    [Fact]
    public void Word_facts_match_the_lexicons()
    {
        foreach (var word in new[] { "Mr", "Minister", "Ministry", "Paris", "the", "of", "former", "March", "Anna", "NATO", ".", "x" })
        {
            var info = WordTable.Current.Get(word);
            Assert.Equal(NameLexicons.IsTitleWord(word), info.IsTitleWord);
            Assert.Equal(NameLexicons.IsHonorific(word, out _), info.IsHonorific);
            Assert.Equal(NameLexicons.IsHonorific(word + ".", out _), info.IsHonorificWithDot);
            Assert.Equal(NameLexicons.PlaceKind(word), info.PlaceKind);
            Assert.Equal(NameLexicons.IsOrganizationKeyword(word, out _), info.IsOrganizationKeyword);
            Assert.Equal(NameLexicons.IsGivenName(word), info.IsGivenName);
            Assert.Equal(NameLexicons.StopWords.Contains(word), info.IsStopWord);
            Assert.Equal(NameLexicons.IsCalendarWord(word), info.IsCalendarWord);
        }
    }

    [Fact]
    public void A_phrase_is_found_by_its_slice_of_the_text()
    {
        var map = new PhraseMap<string>(new[] { new KeyValuePair<string, string>("Gull Bay Ferries", "company") });
        const string text = "Shares of Gull Bay Ferries rose.";
        Assert.Equal("company", map.Get(text, 10, 16));
        Assert.Null(map.Get(text, 10, 8));
        Assert.Null(map.Get(text, 0, 6));
    }

    [Fact]
    public void Each_article_knows_its_own_lower_case_words_when_analyses_interleave()
    {
        var first = new NameContext(PeopleTestText.Analyse("The Harbour opened. Boats left the harbour."));
        var second = new NameContext(PeopleTestText.Analyse("The Harbour opened. Boats left the quay."));
        Assert.True(first.AppearsLowercase("Harbour"));
        Assert.False(second.AppearsLowercase("Harbour"));
        Assert.True(first.AppearsLowercase(first.Info(0, 1)));
        Assert.False(second.AppearsLowercase(second.Info(0, 1)));
    }

    [Fact]
    public async Task An_article_read_on_another_thread_gives_the_same_answers()
    {
        var context = new NameContext(PeopleTestText.Analyse("The Harbour opened. Boats left the harbour."));
        var (word, info) = await Task.Run(() => (context.AppearsLowercase("Harbour"), context.AppearsLowercase(context.Info(0, 1))));
        Assert.True(word);
        Assert.True(info);
        Assert.False(await Task.Run(() => context.AppearsLowercase("Boats")));
    }

    [Theory]
    [InlineData("Notably ABSENT: the Mayor.")]
    [InlineData("She didn ' t attend the meeting")]
    [InlineData("Absent were two envoys")]
    public void Lower_words_read_as_the_joined_lower_case_string(string text)
    {
        var context = new NameContext(PeopleTestText.Analyse(text));
        var words = new List<string>();
        for (var i = 0; i < context.TokenCount(0); i++)
        {
            words.Add(context.Word(0, i).ToLowerInvariant());
        }

        var expected = string.Join(" ", words).Replace(" ' t", "'t").Replace(" :", ":");
        var lower = new LowerWords().Load(context, 0, 0, 20);
        for (var n = 0; n <= expected.Length; n++)
        {
            Assert.True(lower.StartsWith(expected.Substring(0, n)));
            Assert.True(lower.EndsWith(expected.Substring(n)));
        }

        Assert.False(lower.StartsWith(expected + " "));
        Assert.False(lower.EndsWith("x" + expected));
    }

    [Fact]
    public void Short_names_find_the_full_name_without_titles()
    {
        var index = new PeopleIndex();
        var nils = index.GetOrAdd("Nils Berg", 0, 9);
        var omar = index.GetOrAdd("Omar Diaz Berg", 20, 14);
        Assert.Same(nils, index.FindByName("Nils", 40));
        Assert.Same(omar, index.FindByName("Diaz Berg", 40));
        Assert.Same(nils, index.FindByName("Minister Nils Berg", 40));
        Assert.Null(index.FindByName("Berg Nils", 40));
    }
}
