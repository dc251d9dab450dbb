namespace FactGen.Extraction;

/// <summary>
/// Where a fact was read: the file (as given to the engine), the 1-based line and column of
/// the first character, the length of the evidence span, and the whole sentence around it.
/// </summary>
/// <remarks>
/// Evidence made by the engine keeps the article text and the sentence's place in it, not a copy of the
/// sentence: most sentences of an article are evidence for something, and copying them all doubled what
/// extraction allocates. <see cref="Sentence"/> cuts the text out on each read; equality and
/// <see cref="GetHashCode"/> compare the characters in place.
/// </remarks>
public sealed record FactEvidence
{
    // The sentence is _source[_sentenceStart .. _sentenceStart + _sentenceLength).
    private readonly string _source;
    private readonly int _sentenceStart;
    private readonly int _sentenceLength;

    /// <summary>Evidence quoting <paramref name="Sentence"/>.</summary>
    /// <param name="File">The article's file name as given to the engine (relative, '/' separated).</param>
    /// <param name="Line">1-based line.</param>
    /// <param name="Column">1-based column (in UTF-16 code units).</param>
    /// <param name="Length">Length of the evidence span in UTF-16 code units (0 when it is a point).</param>
    /// <param name="Sentence">The sentence that states the fact.</param>
    public FactEvidence(string File, int Line, int Column, int Length, string Sentence)
        : this(File, Line, Column, Length, Sentence ?? throw new System.ArgumentNullException(nameof(Sentence)), 0, Sentence.Length)
    {
    }

    /// <summary>Evidence whose sentence is <paramref name="sentenceLength"/> characters of <paramref name="source"/> at <paramref name="sentenceStart"/>.</summary>
    internal FactEvidence(string file, int line, int column, int length, string source, int sentenceStart, int sentenceLength)
    {
        File = file;
        Line = line;
        Column = column;
        Length = length;
        _source = source;
        _sentenceStart = sentenceStart;
        _sentenceLength = sentenceLength;
    }

    /// <summary>The article's file name as given to the engine (relative, '/' separated).</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 code units).</summary>
    public int Column { get; }

    /// <summary>Length of the evidence span in UTF-16 code units (0 when it is a point).</summary>
    public int Length { get; }

    /// <summary>The sentence that states the fact (cut out of the article text on each read: keep it if you read it often).</summary>
    public string Sentence => _sentenceStart == 0 && _sentenceLength == _source.Length ? _source : _source.Substring(_sentenceStart, _sentenceLength);

    /// <summary>Compares two sentences ordinally, in place.</summary>
    internal static int CompareSentences(FactEvidence a, FactEvidence b)
    {
        var c = string.CompareOrdinal(a._source, a._sentenceStart, b._source, b._sentenceStart, System.Math.Min(a._sentenceLength, b._sentenceLength));
        return c != 0 ? c : a._sentenceLength.CompareTo(b._sentenceLength);
    }

    /// <summary>Equal when file, line, column, length and sentence text are.</summary>
    public bool Equals(FactEvidence? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Line == other.Line && Column == other.Column && Length == other.Length && _sentenceLength == other._sentenceLength &&
             string.Equals(File, other.File, System.StringComparison.Ordinal) &&
             ((ReferenceEquals(_source, other._source) && _sentenceStart == other._sentenceStart) ||
              string.CompareOrdinal(_source, _sentenceStart, other._source, other._sentenceStart, _sentenceLength) == 0)));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (((File.GetHashCode() * 31) + Line) * 31 + Column) * 31 + Length;
            for (var i = _sentenceStart; i < _sentenceStart + _sentenceLength; i++)
            {
                hash = (hash * 31) + _source[i];
            }

            return hash;
        }
    }

    /// <summary>The file, line, column, length and sentence, in that order.</summary>
    public void Deconstruct(out string File, out int Line, out int Column, out int Length, out string Sentence)
    {
        File = this.File;
        Line = this.Line;
        Column = this.Column;
        Length = this.Length;
        Sentence = this.Sentence;
    }
}

/// <summary>One article and what its first lines say about it.</summary>
/// <param name="File">The file name as given to the engine.</param>
/// <param name="Title">A headline, when the article starts with one.</param>
/// <param name="Outlet">The publishing outlet, when the text names it (dateline, credit line).</param>
/// <param name="Published">Publication date (yyyy-MM-dd), when the text states one.</param>
public sealed record DocumentInfo(string File, string? Title, string? Outlet, string? Published);

/// <summary>A person found in the text.</summary>
/// <param name="Name">Canonical full name ("Li Qiang").</param>
/// <param name="Aliases">Other surface forms that name the same person ("Premier Li", "Li").</param>
/// <param name="Titles">Titles and roles ("Premier", "former Google CEO").</param>
/// <param name="Role">Speaker, absent or mentioned.</param>
/// <param name="Evidence">Every mention used as evidence, first mention first.</param>
public sealed record PersonFact(
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Titles,
    PersonRole Role,
    EquatableArray<FactEvidence> Evidence)
{
    /// <summary>How many documents mention this person.</summary>
    public int SupportCount => Evidence.DocumentCount();
}

/// <summary>An organization found in the text.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names of the same organization.</param>
/// <param name="Kind">Company, government, media, party, sport or other.</param>
/// <param name="Role">Participant or mentioned.</param>
/// <param name="Evidence">Every mention used as evidence.</param>
public sealed record OrganizationFact(
    string Name,
    EquatableArray<string> Aliases,
    OrganizationKind Kind,
    OrganizationRole Role,
    EquatableArray<FactEvidence> Evidence)
{
    /// <summary>How many documents mention this organization.</summary>
    public int SupportCount => Evidence.DocumentCount();
}

/// <summary>A direct quotation.</summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="Speaker">Canonical name of the speaker, or null when none can be attributed.</param>
/// <param name="Partial">True for a short scare quote or fragment woven into the reporter's sentence.</param>
/// <param name="Evidence">Where the quotation stands (the opening mark's position).</param>
/// <param name="Variants">After consolidation: the other wordings of the same quotation in other articles
/// ("Sadly, river pollution keeps getting worse" beside "River pollution keeps getting worse"); empty per article.</param>
public sealed record QuoteFact(string Text, string? Speaker, bool Partial, EquatableArray<FactEvidence> Evidence, EquatableArray<string> Variants = default)
{
    /// <summary>How many documents state this quotation.</summary>
    public int SupportCount => Evidence.DocumentCount();
}

/// <summary>A counted figure ("more than 800 companies").</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">What is counted ("companies", "large language models").</param>
/// <param name="Qualifier">Exact, more-than, less-than or about.</param>
/// <param name="Evidence">Where it is stated.</param>
public sealed record FigureFact(decimal Value, string Unit, FigureQualifier Qualifier, EquatableArray<FactEvidence> Evidence)
{
    /// <summary>How many documents state this figure.</summary>
    public int SupportCount => Evidence.DocumentCount();
}

/// <summary>A date stated in the text, with the weekday the text gives for it, if any.</summary>
/// <param name="Date">The date (yyyy-MM-dd).</param>
/// <param name="StatedWeekday">The weekday named beside the date ("Saturday"), or null.</param>
/// <param name="Evidence">Where it is stated.</param>
public sealed record DateFact(string Date, string? StatedWeekday, FactEvidence Evidence);

/// <summary>The event an article reports on.</summary>
/// <param name="Name">Full name ("World Artificial Intelligence Conference").</param>
/// <param name="Aliases">Short names and variants ("WAIC", "World AI Conference").</param>
/// <param name="City">Host city.</param>
/// <param name="Country">Host country.</param>
/// <param name="StartDate">First day (yyyy-MM-dd).</param>
/// <param name="EndDate">Last day (yyyy-MM-dd).</param>
/// <param name="Theme">The stated theme, if any.</param>
/// <param name="Figures">Counted figures about the event.</param>
/// <param name="Evidence">Mentions of the event.</param>
/// <param name="DurationDays">Length in days when the text states it ("the three-day conference"), else null;
/// lets consolidation work out an end date from another article's start date.</param>
public sealed record EventFact(
    string Name,
    EquatableArray<string> Aliases,
    string? City,
    string? Country,
    string? StartDate,
    string? EndDate,
    string? Theme,
    EquatableArray<FigureFact> Figures,
    EquatableArray<FactEvidence> Evidence,
    int? DurationDays = null)
{
    /// <summary>How many documents report this event.</summary>
    public int SupportCount => Evidence.DocumentCount();
}

/// <summary>A problem found in the input, located in the article.</summary>
/// <param name="Id">Diagnostic id (FG0001...).</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Message">Human-readable message.</param>
/// <param name="File">Article file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Length">Length of the offending span.</param>
public sealed record FactDiagnostic(string Id, FactSeverity Severity, string Message, string File, int Line, int Column, int Length);

/// <summary>Everything extracted from one article; value-equatable so it can be cached by content.</summary>
/// <param name="Document">The article itself.</param>
/// <param name="Events">Events the article reports (usually one, or none).</param>
/// <param name="People">People found.</param>
/// <param name="Organizations">Organizations found.</param>
/// <param name="Quotes">Direct quotations.</param>
/// <param name="Dates">Dates stated in the text.</param>
/// <param name="Diagnostics">Problems found in this article alone.</param>
public sealed record DocumentFacts(
    DocumentInfo Document,
    EquatableArray<EventFact> Events,
    EquatableArray<PersonFact> People,
    EquatableArray<OrganizationFact> Organizations,
    EquatableArray<QuoteFact> Quotes,
    EquatableArray<DateFact> Dates,
    EquatableArray<FactDiagnostic> Diagnostics);

/// <summary>The facts of a whole corpus, merged across articles; deterministic whatever the input order.</summary>
/// <param name="Documents">Every article, ordered by file name.</param>
/// <param name="Events">Consolidated events.</param>
/// <param name="People">Consolidated people.</param>
/// <param name="Organizations">Consolidated organizations.</param>
/// <param name="Quotes">Quotations (near-duplicates across articles grouped, every source kept).</param>
/// <param name="Diagnostics">Per-article and cross-article diagnostics.</param>
public sealed record CorpusFacts(
    EquatableArray<DocumentInfo> Documents,
    EquatableArray<EventFact> Events,
    EquatableArray<PersonFact> People,
    EquatableArray<OrganizationFact> Organizations,
    EquatableArray<QuoteFact> Quotes,
    EquatableArray<FactDiagnostic> Diagnostics);

/// <summary>Helpers over evidence lists.</summary>
public static class FactEvidenceExtensions
{
    /// <summary>The number of distinct files among the evidence: how many documents support a fact.</summary>
    public static int DocumentCount(this EquatableArray<FactEvidence> evidence)
    {
        var files = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var e in evidence)
        {
            files.Add(e.File);
        }

        return files.Count;
    }
}
