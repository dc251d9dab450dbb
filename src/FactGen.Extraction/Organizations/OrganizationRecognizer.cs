using System.Collections.Generic;
using FactGen.Extraction.People;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Organizations;

/// <summary>Finds organizations, their kind, and whether they take part in the event.</summary>
internal static class OrganizationRecognizer
{
    public static List<OrganizationFact> Recognize(ArticleAnalysis article, PeopleIndex people)
    {
        _ = article;
        _ = people;
        return new List<OrganizationFact>();
    }
}
