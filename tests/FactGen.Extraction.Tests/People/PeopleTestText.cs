using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Organizations;
using FactGen.Extraction.People;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.People;

/// <summary>Runs the people and organization stages on a small text written for a test.</summary>
internal static class PeopleTestText
{
    public static ArticleAnalysis Analyse(string text) => new(ArticleText.Create("test.txt", text));

    public static PeopleIndex People(string text) => PersonRecognizer.Recognize(Analyse(text));

    public static PeopleIndex PeopleWithRoles(string text, params QuoteFact[] quotes)
    {
        var article = Analyse(text);
        var people = PersonRecognizer.Recognize(article);
        RoleAssigner.Assign(article, people, quotes);
        return people;
    }

    public static List<OrganizationFact> Organizations(string text)
    {
        var article = Analyse(text);
        return OrganizationRecognizer.Recognize(article, PersonRecognizer.Recognize(article));
    }

    public static PersonEntity Person(this PeopleIndex index, string name) => index.Entities.Single(e => e.Name == name);

    public static string[] Names(this PeopleIndex index) => index.Entities.Select(e => e.Name).ToArray();
}
