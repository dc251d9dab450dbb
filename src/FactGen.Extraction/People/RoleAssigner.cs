using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>Decides each person's role: speaker, absent or mentioned.</summary>
internal static class RoleAssigner
{
    public static void Assign(ArticleAnalysis article, PeopleIndex people, IReadOnlyList<QuoteFact> quotes)
    {
        foreach (var quote in quotes)
        {
            foreach (var person in people.Entities)
            {
                if (quote.Speaker == person.Name)
                {
                    person.Role = PersonRole.Speaker;
                }
            }
        }

        _ = article;
    }
}
