using System.Collections.Generic;
using System.Linq;

namespace FactGen.Generator.Tests.Infrastructure;

/// <summary>
/// A large corpus of made-up local-news articles, deterministic and varied enough that every article
/// yields people, firms, figures and a quote: for tests that need hundreds of files without
/// depending on the research corpora beside the repository.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] GivenNames = { "Ada", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas" };
    private static readonly string[] FamilyNames = { "Moss", "Keller", "Okafor", "Lindqvist", "Romano", "Haddad", "Novak", "Bauer", "Silva", "Tanaka" };
    private static readonly string[] Towns = { "Lakeview", "Northfield", "Riverton", "Eastport", "Hillcrest", "Westbrook", "Oakridge" };
    private static readonly string[] Firms = { "Acme Marine", "Delta Ports", "Harbor Logistics", "Bluewater Shipping", "Keel Works" };

    /// <summary><paramref name="count"/> articles named a0000.txt, a0001.txt, ...</summary>
    public static List<TestFile> Articles(int count) =>
        Enumerable.Range(0, count).Select(i => TestFile.Article($"a{i:D4}.txt", Article(i))).ToList();

    private static string Article(int i)
    {
        var town = Towns[i % Towns.Length];
        var person = GivenNames[i % GivenNames.Length] + " " + FamilyNames[(i / GivenNames.Length) % FamilyNames.Length];
        var firm = Firms[i % Firms.Length];
        var other = Firms[(i + 2) % Firms.Length];
        return $"{town} harbour plan number {i} approved\n" +
            "\n" +
            $"The {town} Harbour Fair drew more than {100 + i} exhibitors on its opening day, Mayor {person} said.\n" +
            "\n" +
            $"\"We expect {(i % 7) + 2} new ferries before the spring,\" {person} said. Firms such as {firm} and {other} took part in the fair.\n";
    }
}
