using System;
using System.IO;
using System.Linq;
using FactGen.Extraction;

namespace FactGen.Cli;

/// <summary>Reads one article from disk into its facts; a file that cannot be read becomes a diagnostic, never an exception.</summary>
internal static class ArticleReader
{
    /// <summary>Reads and extracts one article; never throws for a bad file.</summary>
    public static DocumentFacts Read(ArticleInput input, long maxArticleBytes)
    {
        try
        {
            var length = new FileInfo(input.Path).Length;
            if (length > maxArticleBytes)
            {
                return DocumentExtractor.Failed(input.Name, DiagnosticIds.FileTooLarge, FactSeverity.Warning,
                    $"The article is {length:N0} bytes, over the {maxArticleBytes:N0}-byte limit; it was skipped.");
            }

            var bytes = File.ReadAllBytes(input.Path);
            return Locate(DocumentExtractor.Extract(input.Name, bytes), bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return DocumentExtractor.Failed(input.Name, DiagnosticIds.UnreadableFile, FactSeverity.Error,
                $"The article could not be read: {ex.Message}");
        }
    }

    /// <summary>Points an undecodable-text diagnostic at the first invalid byte instead of the top of the file.</summary>
    private static DocumentFacts Locate(DocumentFacts facts, byte[] bytes)
    {
        if (!facts.Diagnostics.Any(d => d.Id == DiagnosticIds.UnreadableFile) || Utf8Locator.FirstInvalid(bytes) is not { } at)
        {
            return facts;
        }

        return facts with
        {
            Diagnostics = facts.Diagnostics
                .Select(d => d.Id == DiagnosticIds.UnreadableFile ? d with { Line = at.Line, Column = at.Column, Length = 1 } : d)
                .ToEquatableArray(),
        };
    }
}
