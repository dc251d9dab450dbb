using FactGen.Extraction.Organizations;
using FactGen.Extraction.People;

namespace FactGen.Extraction.Tests.People;

/// <summary>What the NameContext notes per token and per sentence while it reads the words must match the word facts.</summary>
public class NameContextFlagsTests
{
    [Fact]
    public void Words_are_read_back_by_position_after_more_words_were_added()
    {
        var context = new NameContext(PeopleTestText.Analyse("Tova Lind sailed to Varnholm."));
        // Later words grow the table; the context still reads its own.
        for (var i = 0; i < 5000; i++)
        {
            WordTable.Current.Get("filler" + i);
        }

        Assert.Equal("Tova", context.Word(0, 0));
        Assert.Equal("Varnholm", context.Info(0, 4).Text);
        Assert.Equal(".", context.Word(0, 5));
    }

    [Fact]
    public void Sentences_naming_an_event_or_opening_a_list_are_flagged()
    {
        var context = new NameContext(PeopleTestText.Analyse("Ships left early. The expo opened. Firms such as Orvik Ltd came."));
        Assert.False(ParticipationCues.NamesEvent(context, 0));
        Assert.True(ParticipationCues.NamesEvent(context, 1));
        Assert.True(ParticipationCues.IsEventArticle(context));
        Assert.False(context.ListCueSentences[0]);
        Assert.True(context.ListCueSentences[2]);
        Assert.Equal(3, ParticipationCues.ListedAfterCue(context, 2));
    }

    [Fact]
    public void An_article_without_event_words_is_no_event_article()
    {
        var context = new NameContext(PeopleTestText.Analyse("Ships left early. Rain fell."));
        Assert.False(ParticipationCues.IsEventArticle(context));
    }

    [Theory]
    [InlineData("They met el-Faris there.", 2, true)]
    [InlineData("They met al-Nour there.", 2, true)]
    [InlineData("They met eBay there.", 2, true)]
    [InlineData("They met al-jazira there.", 2, false)]
    [InlineData("They met else there.", 2, false)]
    public void Capitalised_words_are_told_from_the_text(string text, int token, bool capitalised)
    {
        var context = new NameContext(PeopleTestText.Analyse(text));
        Assert.Equal(capitalised, context.IsCapitalised(0, token));
        if (!capitalised)
        {
            Assert.False(CapitalisedSpans.IsNameWord(context, 0, token));
        }
    }
}
