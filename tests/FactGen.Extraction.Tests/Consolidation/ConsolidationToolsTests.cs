using System.Collections.Generic;
using FactGen.Extraction.Consolidation;
using Xunit;

namespace FactGen.Extraction.Tests.Consolidation;

/// <summary>The small tools the mergers share: keys, groups, majorities, word ids.</summary>
public class ConsolidationToolsTests
{
    [Theory]
    [InlineData("Jean-Pierre  Raffarin's", "jean pierre raffarin")]
    [InlineData("  Hello, World!  ", "hello world")]
    [InlineData("O'Neill", "oneill")]
    [InlineData("already a key", "already a key")]
    [InlineData("Cafe\u0301 Zu\u0308rich", "cafe zurich")]
    [InlineData("\u201CWe won\u201D, he said \u2014 twice", "we won he said twice")]
    [InlineData("costs \u00A3500", "costs 500")]
    [InlineData("", "")]
    [InlineData("Jos\u00E9 M\u00FCller-\u0141\u00F3d\u017A", "jose muller \u0142odz")]
    [InlineData("\u1EA0nh Nguy\u1EC5n", "anh nguyen")]
    public void Key_lowers_strips_marks_and_punctuation(string text, string key) =>
        Assert.Equal(key, TextKeys.Key(text));

    [Theory]
    [InlineData("Ana\uD800 Silva", "ana silva")]
    [InlineData("Ana\uFFFE Silva", "ana silva")]
    [InlineData("\uDC00\uDC00", "")]
    public void Key_never_throws_on_text_that_unicode_normalization_rejects(string text, string key) =>
        Assert.Equal(key, TextKeys.Key(text)); // string.Normalize throws on these under ICU

    [Fact]
    public void Groups_come_by_smallest_member_with_members_ascending()
    {
        var sets = new UnionFind(6);
        sets.Union(4, 1);
        sets.Union(5, 3);
        sets.Union(3, 0);
        var groups = new Groups(sets, 6);

        var listed = new List<int[]>();
        for (var g = 0; g < groups.Count; g++)
        {
            var members = new int[groups.Size(g)];
            System.Array.Copy(groups.Members, groups.Start(g), members, 0, members.Length);
            listed.Add(members);
        }

        Assert.Equal(new[] { new[] { 0, 3, 5 }, new[] { 1, 4 }, new[] { 2 } }, listed);
    }

    [Fact]
    public void Ballot_counts_files_not_votes_and_breaks_ties_by_the_comparer()
    {
        var ballot = new Ballot();
        ballot.Add("Ann Lee", "a.txt");
        ballot.Add("Ann Lee", "a.txt");
        ballot.Add("Ann Lee", "a.txt");
        ballot.Add("Anne Lee", "b.txt");
        ballot.Add(null, "c.txt");
        Assert.Equal("Anne Lee", ballot.Winner(PeopleMerger.NamePreference));

        ballot.Add("Ann Lee", "d.txt");
        Assert.Equal("Ann Lee", ballot.Winner(PeopleMerger.NamePreference));

        ballot.Clear();
        Assert.Null(ballot.Winner(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Word_ids_number_slices_in_first_seen_order()
    {
        var ids = new WordIds(2);
        const string text = "red fox red hen fox";
        Assert.Equal(0, ids.IdOf(text, 0, 3));
        Assert.Equal(1, ids.IdOf(text, 4, 3));
        Assert.Equal(0, ids.IdOf(text, 8, 3));
        Assert.Equal(2, ids.IdOf(text, 12, 3));
        Assert.Equal(1, ids.IdOf(text, 16, 3));
        for (var i = 0; i < 100; i++)
        {
            ids.IdOf("w" + i, 0, 1 + (i < 10 ? 1 : i < 100 ? 2 : 3));
        }

        Assert.Equal(103, ids.Count);
        Assert.Equal(2, ids.IdOf("a hen", 2, 3));
    }

    [Fact]
    public void Word_ids_of_a_reused_char_buffer_match_those_of_strings()
    {
        var ids = new WordIds(2);
        var buffer = "red fox".ToCharArray();
        Assert.Equal(0, ids.IdOf(buffer, 0, 3, WordIds.Hash("red", 0, 3)));
        "hen".CopyTo(0, buffer, 0, 3); // the buffer is overwritten: the table kept its own copy of "red"
        Assert.Equal(1, ids.IdOf(buffer, 0, 3, WordIds.Hash("hen", 0, 3)));
        Assert.Equal(0, ids.IdOf("a red", 2, 3));
        Assert.Equal(2, ids.IdOf(buffer, 4, 3, WordIds.Hash("fox", 0, 3)));
        for (var i = 0; i < 300; i++)
        {
            ids.IdOf("word" + i, 0, 4 + i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length); // the char pool grows
        }

        Assert.Equal(1, ids.IdOf("hen", 0, 3));
        Assert.Equal(303, ids.Count);
    }

    [Fact]
    public void Sort_by_name_then_first_file_is_the_ordinal_stable_order()
    {
        var names = new[]
        {
            "Anna", "Ann", "Ann Lee", "Anne", "\u00C5sa", "Zoe", "Ann", "Bo", "Ann Lea", "", "Ann",
            "Annabelle Smythe", "Annabelle Smith", "Annabelle Smith", "Annabelle Smithers", "Annabelle Smit",
        };
        var items = new List<PersonFact>();
        for (var i = 0; i < names.Length; i++)
        {
            var evidence = new FactEvidence(i % 2 == 0 ? "b.txt" : "a.txt", 1, 1, 1, "s");
            items.Add(new PersonFact(names[i], EquatableArray<string>.Empty, EquatableArray<string>.Empty, PersonRole.Mentioned, new EquatableArray<FactEvidence>(new[] { evidence })));
        }

        var expected = StableSort.Sorted(items, (a, b) => PeopleMerger.ByNameThenFirstFile(a.Name, a.Evidence, b.Name, b.Evidence));
        var sorted = StableSort.ByNameThenFirstFile(items, p => p.Name, p => p.Evidence);
        Assert.Equal(expected.Count, sorted.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Same(expected[k], sorted[k]); // the very objects: equal names keep their input order
        }
    }
}
