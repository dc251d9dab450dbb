using System;
using System.Globalization;
using System.IO;
using FactGen.Extraction;

namespace FactGen.Cli;

/// <summary>Reads one article from disk into its facts; a file that cannot be read becomes a diagnostic, never an exception.</summary>
internal static class ArticleReader
{
    /// <summary>Reads and extracts one article; never throws for a bad file or an engine failure (except out of memory).</summary>
    public static DocumentFacts Read(ArticleInput input, long maxArticleBytes)
    {
        try
        {
            var length = new FileInfo(input.Path).Length;
            if (length > maxArticleBytes)
            {
                return DocumentExtractor.Failed(input.Name, DiagnosticIds.FileTooLarge, FactSeverity.Warning,
                    string.Format(CultureInfo.InvariantCulture,
                        "The article is {0} bytes, over the {1}-byte limit (--max-bytes); it is skipped.", length, maxArticleBytes));
            }

            var bytes = File.ReadAllBytes(input.Path);
            return DocumentExtractor.Extract(input.Name, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return DocumentExtractor.Failed(input.Name, DiagnosticIds.UnreadableFile, FactSeverity.Error,
                $"The article could not be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One article's failure must not cost the others their facts.
            return DocumentExtractor.Failed(input.Name, DiagnosticIds.InternalError, FactSeverity.Warning,
                $"FactGen failed on this article ({ex.GetType().Name}: {ex.Message}); it contributes no facts.");
        }
    }
}
