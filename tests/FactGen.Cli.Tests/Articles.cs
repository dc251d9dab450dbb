namespace FactGen.Cli.Tests;

/// <summary>Small articles written for these tests (never copied from the seeds or corpora).</summary>
internal static class Articles
{
    public const string Harbour =
        "Harbour Robotics Expo opens in Valletta\n" +
        "The Harbour Robotics Expo opened in Valletta, Malta, on Monday, 3 March 2025, with more than 120 exhibitors.\n" +
        "\"Machines should carry the heavy loads,\" said Mayor Clara Vella, who opened the fair.\n" +
        "Firms such as Acme Corp and Globex Inc showed cargo drones.\n";

    public const string Library =
        "Town library reopens\n" +
        "The town library reopened after repairs, chief librarian Tomas Berg said on Friday.\n" +
        "\"Reading rooms are full again,\" Berg said.\n";
}
