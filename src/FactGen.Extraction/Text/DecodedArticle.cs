using System.Linq;

namespace FactGen.Extraction.Text;

/// <summary>An article's text as decoded by <see cref="ArticleDecoder"/>, with what the decoding had to guess.</summary>
public sealed class DecodedArticle
{
    internal DecodedArticle(string text, (int Line, int Column)? invalidUtf8, string? readAs, bool utf16WithoutBom)
    {
        Text = text;
        InvalidUtf8 = invalidUtf8;
        ReadAs = readAs;
        Utf16WithoutBom = utf16WithoutBom;
    }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>Where the file stops being valid UTF-8 (1-based line and column), when it does.</summary>
    public (int Line, int Column)? InvalidUtf8 { get; }

    /// <summary>The encoding the text was read with instead of UTF-8, when it was not valid UTF-8.</summary>
    public string? ReadAs { get; }

    /// <summary>True when the file was UTF-16 without a byte-order mark.</summary>
    public bool Utf16WithoutBom { get; }

    /// <summary>
    /// The article's facts: an empty or binary file gives only the diagnostic that says so; otherwise the
    /// engine's facts, after a diagnostic for any guess the decoding made.
    /// </summary>
    /// <param name="file">The name used in evidence.</param>
    public DocumentFacts Extract(string file) => Extract(file, WorkMeter.BudgetFor(Text.Length));

    /// <summary>As <see cref="Extract(string)"/> with a given work budget (tests use a small one).</summary>
    internal DocumentFacts Extract(string file, long budget)
    {
        if (IsBlank(Text))
        {
            return DocumentExtractor.Failed(file, DiagnosticIds.NoFacts, FactSeverity.Info,
                "The article is empty or holds only whitespace; it contributes no facts.");
        }

        if (FirstBinaryCharacter(Text) is var binary && binary >= 0)
        {
            var (line, column) = ArticleDecoder.PositionOf(Text, binary);
            var name = Text[binary] == '\0' ? "a NUL character" : "control characters";
            return At(DocumentExtractor.Failed(file, DiagnosticIds.NotText, FactSeverity.Warning,
                $"The article is not text ({name} from here on, as in a binary file); it is skipped."), line, column);
        }

        var facts = ExtractWithinBudget(file, budget);
        if (facts is null)
        {
            return DocumentExtractor.Failed(file, DiagnosticIds.TooComplex, FactSeverity.Warning,
                "The article needs far more work than its length warrants (pathological repetition or structure); it is skipped so the build does not stall.");
        }

        FactDiagnostic? note = null;
        if (Utf16WithoutBom)
        {
            note = new FactDiagnostic(DiagnosticIds.Utf16WithoutBom, FactSeverity.Info,
                "The article is UTF-16 without a byte-order mark; it was read as UTF-16. Save it as UTF-8 to silence this message.",
                file, 1, 1, 0);
        }
        else if (InvalidUtf8 is { } at)
        {
            note = new FactDiagnostic(DiagnosticIds.UnreadableFile, FactSeverity.Warning,
                $"The article is not valid UTF-8 from here on (nor UTF-16 with a byte-order mark); it was read as {ReadAs}. Save it as UTF-8 to silence this warning.",
                file, at.Line, at.Column, 1);
        }

        return note is null ? facts : facts with { Diagnostics = new[] { note }.Concat(facts.Diagnostics).ToEquatableArray() };
    }

    /// <summary>The engine's facts, or null when the analysis ran past the work budget of the text's length.</summary>
    private DocumentFacts? ExtractWithinBudget(string file, long budget)
    {
        WorkMeter.Start(budget);
        try
        {
            // The engine turns the meter's exception into an internal-error diagnostic; the meter says which it was.
            var facts = DocumentExtractor.Extract(file, Text);
            return WorkMeter.Exceeded ? null : facts;
        }
        finally
        {
            WorkMeter.Stop();
        }
    }

    private static DocumentFacts At(DocumentFacts failed, int line, int column) =>
        failed with { Diagnostics = failed.Diagnostics.Select(d => d with { Line = line, Column = column }).ToEquatableArray() };

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF' && c != '\u200B')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Offset of the first control character (NUL included, tab, line ends and form feed not) when more than
    /// one character in 20 is one, as in images, archives and executables; -1 for text. A stray NUL or control
    /// in real text keeps the article (nothing is lost; the emitter escapes it). Those bytes decode to the same
    /// characters in UTF-8, Windows-1252 and the compiler's fallbacks, so both paths agree.
    /// </summary>
    private static int FirstBinaryCharacter(string text)
    {
        var first = -1;
        var controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' || c is '\t' or '\n' or '\r' or '\f' or '\v')
            {
                continue;
            }

            first = first < 0 ? i : first;
            controls++;
        }

        return controls * 20 > text.Length ? first : -1;
    }
}
