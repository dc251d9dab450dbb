using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Extraction;

namespace FactGen.Generator.Tests.Infrastructure;

using FigureQualifier = FactGen.Extraction.FigureQualifier;
using OrganizationKind = FactGen.Extraction.OrganizationKind;
using OrganizationRole = FactGen.Extraction.OrganizationRole;
using PersonRole = FactGen.Extraction.PersonRole;

/// <summary>Inputs the tests share: the repository's seeds and small purpose-written articles.</summary>
internal static class Corpora
{
    /// <summary>The repository's seed articles, as article files named like the seeds.</summary>
    public static List<TestFile> Seeds() =>
        Directory.GetFiles(RepoPaths.Seeds, "*.txt")
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => TestFile.Article(Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    /// <summary>A made-up article with a dated event, named people, companies and attributed quotes.</summary>
    public const string Expo =
        "Harbour City hosts robotics expo\n" +
        "\n" +
        "The Northern Robotics Expo opened in Harbour City on Tuesday, 4 March 2025, with more than 300 exhibitors.\n" +
        "\n" +
        "\"Machines should help people, not replace them,\" Mayor Clara Jensen said at the opening.\n" +
        "\n" +
        "Firms such as Brightgear Inc. and Kestrel Systems showed new warehouse robots.\n";

    /// <summary>A second made-up article about the same expo.</summary>
    public const string ExpoFollowUp =
        "Robotics expo closes\n" +
        "\n" +
        "Mayor Clara Jensen closed the Northern Robotics Expo on Thursday.\n" +
        "\n" +
        "\"We sold out every stand,\" said organiser Tomas Berg, who thanked Brightgear Inc. for its support.\n";

    /// <summary>An article whose only quotation has no speaker.</summary>
    public const string Unattributed =
        "Notes from the river festival\n" +
        "\n" +
        "The crowd was large and the weather was kind.\n" +
        "\n" +
        "\"It was the best night of the summer, and nobody wanted it to end.\"\n";

    /// <summary>An article that names a weekday that does not match its date (1 March 2025 was a Saturday).</summary>
    public const string WeekdayMismatch =
        "Council meets on budget\n" +
        "\n" +
        "The city council of Lakeview met on Monday, 1 March 2025, to vote on the budget, Mayor Ada Moss said.\n";

    /// <summary>Two made-up reports of one fair that disagree on its opening date and on the number of exhibitors.</summary>
    public static readonly (string Name, string Text)[] Conflict =
    {
        ("fair-a.txt",
            "Lakeside Book Fair opens\n" +
            "\n" +
            "The Lakeside Book Fair opened in Port Ellen on 12 May 2024 with more than 200 exhibitors.\n"),
        ("fair-b.txt",
            "Book lovers gather\n" +
            "\n" +
            "The Lakeside Book Fair opened in Port Ellen on 13 May 2024 with more than 250 exhibitors.\n"),
        ("fair-c.txt",
            "Crowds at the fair\n" +
            "\n" +
            "The Lakeside Book Fair opened in Port Ellen on 12 May 2024, organisers said.\n"),
    };

    /// <summary>A hand-built corpus that exercises the emitter's naming rules (collisions, keywords, digits, escaping).</summary>
    public static CorpusFacts Synthetic()
    {
        static FactEvidence Ev(string file, int line, int column, string sentence) => new(file, line, column, 4, sentence);
        static EquatableArray<string> S(params string[] items) => new(items);

        var a = "a.txt";
        var b = "b/c.txt";
        var people = new[]
        {
            new PersonFact("Jane Doe", S("Ms. Doe", "Doe"), S("Chief Executive"), PersonRole.Speaker,
                new(new[] { Ev(a, 3, 1, "Jane Doe, the chief executive, said \"hello\" & <left>."), Ev(b, 2, 5, "Doe spoke\nagain.") })),
            new PersonFact("Jane-Doe", S(), S(), PersonRole.Mentioned, new(new[] { Ev(a, 4, 1, "Jane-Doe was there.") })),
            new PersonFact("jane doe", S(), S(), PersonRole.Absent, new(new[] { Ev(a, 5, 1, "jane doe stayed away.") })),
            new PersonFact("Speakers", S(), S(), PersonRole.Speaker, new(new[] { Ev(a, 6, 1, "Speakers is a name here.") })),
            new PersonFact("O'Neil", S(), S(), PersonRole.Mentioned, new(new[] { Ev(b, 1, 1, "O'Neil \u2028 wrote.") })),
            new PersonFact("Équipe Zoë", S(), S(), PersonRole.Mentioned, new(new[] { Ev(b, 3, 1, "Équipe Zoë \uD83D\uDE00 smiled.") })),
        };
        var organizations = new[]
        {
            new OrganizationFact("3M", S(), OrganizationKind.Company, OrganizationRole.Participant, new(new[] { Ev(a, 7, 1, "3M exhibited.") })),
            new OrganizationFact("class", S(), OrganizationKind.Other, OrganizationRole.Mentioned, new(new[] { Ev(a, 8, 1, "class is a word.") })),
            new OrganizationFact("ToString", S(), OrganizationKind.Company, OrganizationRole.Mentioned, new(new[] { Ev(a, 9, 1, "ToString Ltd.") })),
            new OrganizationFact("City Council", S("Council"), OrganizationKind.Government, OrganizationRole.Mentioned, new(new[] { Ev(b, 4, 1, "The City Council voted.") })),
        };
        var quotes = new[]
        {
            new QuoteFact("hello", "Jane Doe", false, new(new[] { Ev(a, 3, 30, "Jane Doe, the chief executive, said \"hello\" & <left>.") })),
            new QuoteFact("a \"quoted\" \\ word", "City Council", true, new(new[] { Ev(b, 4, 10, "The City Council voted.") })),
            new QuoteFact("nobody said this", null, false, new(new[] { Ev(b, 5, 1, "nobody said this") })),
        };
        var figure = new FigureFact(300m, "exhibitors", FigureQualifier.MoreThan, new(new[] { Ev(a, 2, 40, "More than 300 exhibitors came.") }));
        var half = new FigureFact(2.5m, "days", FigureQualifier.About, new(new[] { Ev(a, 2, 60, "It ran about 2.5 days.") }));
        var events = new[]
        {
            new EventFact("Harbour Trade Fair", S("HTF"), "Harbour City", "Atlantis", "2025-03-04", "2025-03-06", "Trade \"for all\"",
                new(new[] { figure, half }), new(new[] { Ev(a, 2, 1, "The Harbour Trade Fair opened.") })),
        };
        return new CorpusFacts(
            new(new[] { new DocumentInfo(a, "Fair opens", "Daily Harbour", "2025-03-04"), new DocumentInfo(b, null, null, null) }),
            new(events),
            new(people),
            new(organizations),
            new(quotes),
            EquatableArray<FactDiagnostic>.Empty);
    }
}
