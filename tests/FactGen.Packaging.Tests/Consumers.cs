using System.Collections.Generic;

namespace FactGen.Packaging.Tests;

/// <summary>The two consumer projects the tests build outside the repository.</summary>
internal static class Consumers
{
    /// <summary>An app that uses the packed WAIC facts; its stray .txt must not turn into facts.</summary>
    public static readonly IReadOnlyDictionary<string, string> Waic = new Dictionary<string, string>
    {
        ["WaicConsumer.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>WaicConsumer</RootNamespace>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactGen.Waic2025" Version="$VERSION$" />
                <AdditionalFiles Include="mine.txt" />
              </ItemGroup>
            </Project>
            """,
        ["mine.txt"] = Articles.Library,
        ["Program.cs"] = """
            using System;
            using System.Linq;
            using System.Reflection;

            const string name = Waic2025.Facts.Constants.EventName;
            Console.WriteLine($"Event: {Waic2025.Facts.Event.Name}");
            Console.WriteLine($"Constant: {name}");
            Console.WriteLine($"Speakers: {Waic2025.Facts.All.Speakers.Count()}");
            Console.WriteLine($"Quotes: {Waic2025.Facts.Quotes.All.Count}");
            var generatedHere = Assembly.GetExecutingAssembly().GetTypes().Where(t => t.Namespace == "WaicConsumer").Select(t => t.FullName);
            Console.WriteLine($"Generated here: [{string.Join(", ", generatedHere)}]");
            """,
    };

    /// <summary>An app that references FactGen and compiles its own articles, with its own namespace and class name.</summary>
    public static readonly IReadOnlyDictionary<string, string> OwnArticles = new Dictionary<string, string>
    {
        ["OwnArticles.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <FactGenNamespace>HarbourNews</FactGenNamespace>
                <FactGenClassName>News</FactGenClassName>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactGen" Version="$VERSION$" />
                <FactGenArticle Include="articles/**/*.txt" />
                <!-- Another tool's AdditionalFiles: the generator must leave them alone. -->
                <AdditionalFiles Include="PublicAPI.Shipped.txt" />
              </ItemGroup>
            </Project>
            """,
        ["articles/2025/harbour.txt"] = Articles.Harbour,
        ["articles/library.txt"] = Articles.Library,
        ["PublicAPI.Shipped.txt"] = "#nullable enable\nHarbourNews.News\n",
        ["notes.txt"] = "\"Not an article,\" said Nobody Atall.\n",
        ["Program.cs"] = """
            using System;
            using FactGen;

            FactSet facts = HarbourNews.News.All;
            foreach (var d in facts.Documents) Console.WriteLine($"Document: {d.File}");
            foreach (var p in facts.People) Console.WriteLine($"Person: {p.Name} [{string.Join(", ", p.Evidence)}]");
            foreach (var q in facts.Quotes) Console.WriteLine($"Quote: {q.Text} ({q.SpeakerName})");
            """,
    };
}

internal static class IdleConsumer
{
    /// <summary>References FactGen but marks no article: the generator has nothing to do and is left out.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["Idle.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactGen" Version="$VERSION$" />
              </ItemGroup>
            </Project>
            """,
        ["news/harbour.txt"] = Articles.Harbour,
        ["Program.cs"] = "System.Console.WriteLine(typeof(FactGen.FactSet).Name);\n",
    };
}

/// <summary>Small articles written for these tests (never copied from the seeds or corpora).</summary>
internal static class Articles
{
    public const string Harbour =
        "Harbour Robotics Expo opens in Valletta\n" +
        "The Harbour Robotics Expo opened in Valletta, Malta, on Monday, 3 March 2025, with more than 120 exhibitors.\n" +
        "\"Machines should carry the heavy loads,\" said Mayor Clara Vella, who opened the fair.\n" +
        "Firms such as Acme Corp and Globex Inc showed cargo drones.\n";

    /// <summary>States a weekday that does not match its date (4 March 2025 was a Tuesday): FG0001 at line 2.</summary>
    public const string Library =
        "Town library reopens\n" +
        "The town library reopened on Wednesday, 4 March 2025 after repairs, chief librarian Tomas Berg said.\n" +
        "\"Reading rooms are full again,\" Berg said.\n";
}
