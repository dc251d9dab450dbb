using System.Linq;
using System.Text.Json;
using FactGen.Extraction;

namespace FactGen.Cli.Tests;

/// <summary>Pins the JSON export contract on hand-built facts, independent of what the engine finds.</summary>
public sealed class JsonContractTests
{
    private static readonly FactEvidence Where = new("news/a.txt", 3, 7, 4, "Ana Ruiz spoke.");

    [Fact]
    public void Every_section_uses_exactly_the_contract_keys_and_spellings()
    {
        var facts = new CorpusFacts(
            new[] { new DocumentInfo("news/a.txt", "A title", "The Daily", "2025-03-03") }.ToEquatableArray(),
            new[]
            {
                new EventFact("Harbour Expo", new[] { "HE" }.ToEquatableArray(), "Valletta", "Malta", "2025-03-03", "2025-03-05", "Machines at sea",
                    new[] { new FigureFact(120m, "exhibitors", FigureQualifier.MoreThan, new[] { Where }.ToEquatableArray()) }.ToEquatableArray(),
                    new[] { Where }.ToEquatableArray()),
            }.ToEquatableArray(),
            new[] { new PersonFact("Ana Ruiz", new[] { "Ruiz" }.ToEquatableArray(), new[] { "Mayor" }.ToEquatableArray(), PersonRole.Speaker, new[] { Where }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { new OrganizationFact("Acme Corp", EquatableArray<string>.Empty, OrganizationKind.Company, OrganizationRole.Participant, new[] { Where }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { new QuoteFact("We build.", "Ana Ruiz", false, new[] { Where }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { new FactDiagnostic(DiagnosticIds.WeekdayMismatch, FactSeverity.Warning, "Monday is not 4 March 2025.", "news/a.txt", 2, 5, 6) }.ToEquatableArray());

        using var json = JsonDocument.Parse(JsonExport.ToText(facts));
        var root = json.RootElement;

        Assert.Equal(new[] { "file", "title", "outlet", "published" }, Keys(root.GetProperty("documents")[0]));
        var e = root.GetProperty("events")[0];
        Assert.Equal(new[] { "name", "aliases", "city", "country", "startDate", "endDate", "theme", "figures", "evidence" }, Keys(e));
        Assert.Equal("2025-03-03", e.GetProperty("startDate").GetString());
        var figure = e.GetProperty("figures")[0];
        Assert.Equal(new[] { "value", "unit", "qualifier", "evidence" }, Keys(figure));
        Assert.Equal(120m, figure.GetProperty("value").GetDecimal());
        Assert.Equal("more-than", figure.GetProperty("qualifier").GetString());

        var person = root.GetProperty("people")[0];
        Assert.Equal(new[] { "name", "aliases", "titles", "role", "evidence" }, Keys(person));
        Assert.Equal("speaker", person.GetProperty("role").GetString());
        var evidence = person.GetProperty("evidence")[0];
        Assert.Equal(new[] { "file", "line", "column", "sentence" }, Keys(evidence));
        Assert.Equal("news/a.txt", evidence.GetProperty("file").GetString());
        Assert.Equal(3, evidence.GetProperty("line").GetInt32());
        Assert.Equal(7, evidence.GetProperty("column").GetInt32());

        var organization = root.GetProperty("organizations")[0];
        Assert.Equal(new[] { "name", "aliases", "kind", "role", "evidence" }, Keys(organization));
        Assert.Equal("company", organization.GetProperty("kind").GetString());
        Assert.Equal("participant", organization.GetProperty("role").GetString());

        var quote = root.GetProperty("quotes")[0];
        Assert.Equal(new[] { "text", "speaker", "partial", "variants", "evidence" }, Keys(quote));
        Assert.Equal("Ana Ruiz", quote.GetProperty("speaker").GetString());
        Assert.False(quote.GetProperty("partial").GetBoolean());

        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal(new[] { "id", "severity", "message", "file", "line", "column" }, Keys(diagnostic));
        Assert.Equal("FG0001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
    }

    [Fact]
    public void Missing_values_are_null_not_absent()
    {
        var facts = new CorpusFacts(
            new[] { new DocumentInfo("a.txt", null, null, null) }.ToEquatableArray(),
            EquatableArray<EventFact>.Empty,
            EquatableArray<PersonFact>.Empty,
            EquatableArray<OrganizationFact>.Empty,
            new[] { new QuoteFact("Who said it?", null, false, new[] { Where }.ToEquatableArray()) }.ToEquatableArray(),
            EquatableArray<FactDiagnostic>.Empty);

        using var json = JsonDocument.Parse(JsonExport.ToText(facts));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("documents")[0].GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("quotes")[0].GetProperty("speaker").ValueKind);
    }

    private static string[] Keys(JsonElement item) => item.EnumerateObject().Select(p => p.Name).ToArray();
}
