using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using FactGen.Generator.Emit;
using FactGen.Generator.Options;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static FactGen.Generator.Tests.Snapshots.Verifier;

namespace FactGen.Generator.Tests;

/// <summary>The emitter on a hand-built corpus: naming rules, escaping, docs, and the runtime objects it builds.</summary>
public class EmitterTests
{
    [Fact]
    public Task SyntheticCorpus() =>
        Verify(FactsEmitter.Emit(Corpora.Synthetic(), GeneratorOptions.Default with { Namespace = "Sample.Facts" }, nullable: true), "cs");

    [Fact]
    public void GeneratedCodeBuildsTheFactSetAtRunTime()
    {
        var source = FactsEmitter.Emit(Corpora.Synthetic(), GeneratorOptions.Default with { Namespace = "Sample" }, nullable: true);
        var facts = Load(source).GetType("Sample.Facts")!;
        var all = (global::FactGen.FactSet)facts.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(6, all.People.Count);
        Assert.Equal(3, all.Quotes.Count);
        var jane = all.FindPerson("Ms. Doe")!;
        Assert.Equal("Jane Doe", jane.Name);
        Assert.Equal("hello", Assert.Single(jane.Quotes).Text);
        Assert.Same(jane, facts.GetNestedType("Speakers")!.GetProperty("JaneDoe")!.GetValue(null));
        Assert.Equal(new System.DateTime(2025, 3, 4), all.Events.Single().StartDate);
        Assert.Equal("Doe spoke\nagain.", jane.Evidence[1].Sentence);
        Assert.Equal("b/c.txt", jane.Evidence[1].File);
        Assert.Equal(2, all.Documents.Count);
        Assert.Equal(2, all.FromDocument("b/c.txt").Quotes.Count);
    }

    [Fact]
    public void RuntimeQueriesBySpeakerOrganizationAndDocument()
    {
        var source = FactsEmitter.Emit(Corpora.Synthetic(), GeneratorOptions.Default with { Namespace = "Queries" }, nullable: true);
        var all = (global::FactGen.FactSet)Load(source).GetType("Queries.Facts")!.GetProperty("All")!.GetValue(null)!;

        var jane = all.FindPerson("Jane Doe")!;
        Assert.Equal("hello", Assert.Single(all.QuotesBy(jane)).Text);
        Assert.Equal(2, jane.DocumentCount);
        var council = all.FindOrganization("Council")!;
        Assert.Equal("a \"quoted\" \\ word", Assert.Single(all.QuotesBy(council)).Text);
        Assert.Equal("Fair opens", all.Document("a.txt")!.Title);
        Assert.Null(all.Document("missing.txt"));
        Assert.Equal(new[] { "Jane Doe", "O'Neil", "Équipe Zoë" }, all.PeopleIn("b/c.txt").Select(p => p.Name));
        Assert.Equal(new[] { "City Council" }, all.OrganizationsIn("b/c.txt").Select(o => o.Name));
        Assert.Equal(2, all.QuotesIn("b/c.txt").Count());
        Assert.Equal(1, all.Events[0].Figures[0].DocumentCount);
    }

    [Fact]
    public void SeveralEventsGetAnEventsClassAndTheMainOneIsEventAndSpeakersKeepFullDocsWithoutPeople()
    {
        var corpus = Corpora.Synthetic();
        var second = corpus.Events[0] with
        {
            Name = "Harbour Boat Show",
            Aliases = FactGen.Extraction.EquatableArray<string>.Empty,
            Evidence = new(new[] { new FactGen.Extraction.FactEvidence("a.txt", 9, 1, 4, "The Harbour Boat Show."), new FactGen.Extraction.FactEvidence("b/c.txt", 9, 1, 4, "The Boat Show.") }),
        };
        corpus = corpus with { Events = new FactGen.Extraction.EquatableArray<FactGen.Extraction.EventFact>(new[] { corpus.Events[0], second }) };
        var options = GeneratorOptions.Default with { Namespace = "Two", Emit = EmitCategories.All & ~EmitCategories.People };
        var source = FactsEmitter.Emit(corpus, options, nullable: true);

        Assert.Contains("public static class Events", source);
        Assert.Contains("public static global::FactGen.FactEvent HTF => __FactGenData.Events[0];", source);
        Assert.Contains("public static global::FactGen.FactEvent HarbourBoatShow => __FactGenData.Events[1];", source);
        Assert.Contains("public static global::FactGen.FactEvent Event => __FactGenData.Events[1];", source);
        Assert.Contains("public const string EventName = \"Harbour Boat Show\";", source);
        Assert.DoesNotContain("inheritdoc cref=\"People.", source);
        Assert.Contains("inheritdoc cref=\"Organizations.", source);
        var facts = Load(source).GetType("Two.Facts")!;
        Assert.Equal(2, ((global::FactGen.FactSet)facts.GetProperty("All")!.GetValue(null)!).Events.Count);
    }

    [Theory]
    [InlineData("Li Qiang", "LiQiang")]
    [InlineData("Jean-Luc Picard", "JeanLucPicard")]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("3M", "_3M")]
    [InlineData("AT&T", "ATT")]
    [InlineData("  ", "Item")]
    [InlineData("iFlytek", "IFlytek")]
    [InlineData("Zoë Müller", "ZoëMüller")]
    public void PascalIdentifiers(string name, string expected) => Assert.Equal(expected, IdentifierNames.Pascal(name));

    [Fact]
    public void VeryLongNamesAreCut() => Assert.Equal(100, IdentifierNames.Pascal(string.Join(" ", System.Linq.Enumerable.Repeat("word", 60))).Length);

    [Fact]
    public void CollisionsGetNumberedInOrderAndReservedNamesAreAvoided()
    {
        var names = new IdentifierNames("People", "All");
        Assert.Equal("AnnLee", names.Take("Ann Lee"));
        Assert.Equal("AnnLee2", names.Take("Ann-Lee"));
        Assert.Equal("AnnLee3", names.Take("ann lee"));
        Assert.Equal("People2", names.Take("People"));
        Assert.Equal("All2", names.Take("all"));
        Assert.Equal("Equals2", names.Take("Equals"));
    }

    private static Assembly Load(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Emitted" + System.Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions) },
            GeneratorHarness.Compilation().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
