using System;
using System.Globalization;
using System.Text;
using System.Threading;
using FactGen.Extraction;
using FactGen.Extraction.Text;
using FactGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator;

/// <summary>
/// The generator's per-article step: reads one AdditionalFile as the compiler decoded it, checks it is
/// usable text within the size limit, and extracts its facts. Every problem becomes a diagnostic on
/// that file; nothing here throws except cancellation.
/// </summary>
internal static class ArticleReader
{
    /// <summary>Reads and extracts one article; never throws (except for cancellation).</summary>
    public static ArticleResult Read(AdditionalText file, InputFile input, long maxBytes, CancellationToken ct)
    {
        var empty = LineMap.Of(string.Empty);
        try
        {
            var text = file.GetText(ct);
            if (text is null)
            {
                return new ArticleResult(input.Path, input.Name, DocumentExtractor.Failed(input.Name, DiagnosticIds.UnreadableFile,
                    FactSeverity.Warning, "The article could not be read; it contributes no facts."), empty);
            }

            var contents = text.ToString();
            var bytes = Encoding.UTF8.GetByteCount(contents);
            if (bytes > maxBytes)
            {
                return new ArticleResult(input.Path, input.Name, DocumentExtractor.Failed(input.Name, DiagnosticIds.FileTooLarge,
                    FactSeverity.Warning, string.Format(CultureInfo.InvariantCulture,
                    "The article has {0} bytes, more than FactGenMaxArticleBytes ({1}); it is skipped.", bytes, maxBytes)), empty);
            }

            ct.ThrowIfCancellationRequested();

            // The compiler's decoding, checked as the CLI checks a file's bytes: empty, binary, UTF-16
            // without a BOM, or not UTF-8 (the compiler then fell back to a code page or to U+FFFD).
            var decoded = ArticleDecoder.FromCompiler(contents, text.Encoding);
            return new ArticleResult(input.Path, input.Name, decoded.Extract(input.Name), LineMap.Of(decoded.Text));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ArticleResult(input.Path, input.Name, DocumentExtractor.Failed(input.Name, DiagnosticIds.InternalError,
                FactSeverity.Warning, "FactGen failed on this article (" + ex.GetType().Name + ": " + ex.Message + "); it contributes no facts."), empty);
        }
    }
}
