using System.Collections.Generic;
using FactGen.Extraction.People;
using FactGen.Extraction.Quotes;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Quotes;

/// <summary>Runs the quotation stage alone on a text, with an empty or given people index.</summary>
internal static class QuoteTestHelper
{
    public static List<QuoteFact> Find(string text, PeopleIndex? people = null) =>
        QuoteExtractor.Extract(new ArticleAnalysis(ArticleText.Create("t.txt", text)), people ?? new PeopleIndex());

    /// <summary>Adds a person mentioned at the first occurrence of <paramref name="name"/> in <paramref name="text"/>.</summary>
    public static PeopleIndex With(this PeopleIndex people, string text, string name, char? gender = null)
    {
        var entity = people.GetOrAdd(name, text.IndexOf(name, System.StringComparison.Ordinal), name.Length);
        entity.Gender = gender;
        return people;
    }
}
