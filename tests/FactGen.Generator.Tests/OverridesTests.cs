using System.Linq;
using FactGen.Extraction;
using FactGen.Generator.Overrides;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

using FigureQualifier = FactGen.Extraction.FigureQualifier;
using OrganizationKind = FactGen.Extraction.OrganizationKind;
using OrganizationRole = FactGen.Extraction.OrganizationRole;
using PersonRole = FactGen.Extraction.PersonRole;

/// <summary>Each override verb on a hand-built corpus.</summary>
public class OverridesTests
{
    private static (CorpusFacts Corpus, string[] Unmatched, string[] Unparsed) Apply(string text)
    {
        var file = OverridesParser.Parse("/proj/o.txt", text);
        var (corpus, unmatched) = OverridesApplier.Apply(Corpora.Synthetic(), new[] { file });
        return (corpus, unmatched.Select(d => d.Message).ToArray(), file.Diagnostics.Select(d => d.Message).ToArray());
    }

    [Fact]
    public void MergeMovesAliasesEvidenceAndQuotes()
    {
        var (corpus, unmatched, unparsed) = Apply("merge person Jane Doe = Jane-Doe; JANE DOE\n");
        Assert.Empty(unmatched);
        Assert.Empty(unparsed);
        var jane = corpus.People.Single(p => p.Name == "Jane Doe");
        Assert.Contains("Jane-Doe", jane.Aliases);
        Assert.Equal(PersonRole.Speaker, jane.Role);
        Assert.Equal(4, jane.Evidence.Count);
        Assert.Equal(4, corpus.People.Count);
    }

    [Fact]
    public void MergingACaseVariantOfTheCanonicalNameFindsTheOtherEntity()
    {
        var (corpus, unmatched, _) = Apply("merge person jane doe = Jane Doe\n");
        Assert.Empty(unmatched);
        Assert.Equal(5, corpus.People.Count);
    }

    [Fact]
    public void DropRenameRoleKindTitleAndPin()
    {
        var (corpus, unmatched, unparsed) = Apply(
            "drop person O'Neil\n" +
            "rename organization City Council = Harbour City Council\n" +
            "role person Jane-Doe = speaker\n" +
            "kind organization class = media\n" +
            "title person Doe = CEO; Founder\n" +
            "pin event city = Port Harbour\n" +
            "pin event start = 2025-03-05\n" +
            "drop quote nobody said this\n" +
            "alias organization 3M = Three Em; MMM\n");
        Assert.Empty(unmatched);
        Assert.Empty(unparsed);
        Assert.DoesNotContain(corpus.People, p => p.Name == "O'Neil");
        Assert.Equal("Harbour City Council", corpus.Quotes.Single(q => q.Partial).Speaker);
        Assert.Equal(PersonRole.Speaker, corpus.People.Single(p => p.Name == "Jane-Doe").Role);
        Assert.Equal(OrganizationKind.Media, corpus.Organizations.Single(o => o.Name == "class").Kind);
        Assert.Equal(new[] { "CEO", "Founder" }, corpus.People.Single(p => p.Name == "Jane Doe").Titles.ToArray());
        Assert.Equal(("Port Harbour", "2025-03-05"), (corpus.Events[0].City, corpus.Events[0].StartDate));
        Assert.Equal(2, corpus.Quotes.Count);
        Assert.Equal(new[] { "Three Em", "MMM" }, corpus.Organizations.Single(o => o.Name == "3M").Aliases.ToArray());
    }

    [Fact]
    public void UnmatchedAndUnparsableLinesAreReported()
    {
        var (_, unmatched, unparsed) = Apply(
            "drop person Nobody\n" +
            "drop quote words nobody said\n" +
            "merge organization 3M = Nothing Here\n" +
            "explode person Jane Doe\n" +
            "role organization 3M = speaker\n" +
            "pin event start = yesterday\n" +
            "title organization 3M = Boss\n");
        Assert.Equal(3, unmatched.Length);
        Assert.Equal(4, unparsed.Length);
    }
}
