using System.Linq;

namespace FactGen.Extraction.Tests.Consolidation;

/// <summary>Hand-made per-article facts for consolidation tests.</summary>
internal static class Build
{
    public static FactEvidence At(string file, int line, int column = 1, string sentence = "s") => new(file, line, column, 3, sentence);

    public static EquatableArray<T> Arr<T>(params T[] items)
        where T : System.IEquatable<T> => new(items);

    public static PersonFact Person(string file, string name, PersonRole role = PersonRole.Mentioned, string[]? aliases = null, string[]? titles = null, int line = 1) =>
        new(name, Arr(aliases ?? new string[0]), Arr(titles ?? new string[0]), role, Arr(At(file, line)));

    public static OrganizationFact Org(string file, string name, OrganizationRole role = OrganizationRole.Mentioned, OrganizationKind kind = OrganizationKind.Company, int line = 1) =>
        new(name, EquatableArray<string>.Empty, kind, role, Arr(At(file, line)));

    public static QuoteFact Quote(string file, string text, string? speaker, int line = 1) => new(text, speaker, false, Arr(At(file, line)));

    public static FigureFact Figure(string file, decimal value, string unit, FigureQualifier qualifier = FigureQualifier.Exact, int line = 1) =>
        new(value, unit, qualifier, Arr(At(file, line)));

    public static EventFact Event(string file, string name, string[]? aliases = null, string? city = null, string? start = null, string? end = null,
        FigureFact[]? figures = null, int? duration = null, string? country = null, string? theme = null) =>
        new(name, Arr(aliases ?? new string[0]), city, country, start, end, theme, Arr(figures ?? new FigureFact[0]), Arr(At(file, 1)), duration);

    public static DocumentFacts Doc(string file, PersonFact[]? people = null, OrganizationFact[]? orgs = null, QuoteFact[]? quotes = null,
        EventFact[]? events = null, DateFact[]? dates = null) =>
        new(new DocumentInfo(file, null, null, null), Arr(events ?? new EventFact[0]), Arr(people ?? new PersonFact[0]),
            Arr(orgs ?? new OrganizationFact[0]), Arr(quotes ?? new QuoteFact[0]), Arr(dates ?? new DateFact[0]), EquatableArray<FactDiagnostic>.Empty);

    public static PersonFact Named(CorpusFacts corpus, string name) => corpus.People.Single(p => p.Name == name);
}
