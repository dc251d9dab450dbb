using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Extraction;
using FactGen.Extraction.Consolidation;
using FactGen.Extraction.Text;
using FactGen.Generator.Emit;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactGen.Generator.Tests.Fuzz;

/// <summary>One article of a test run: its file name and text.</summary>
internal sealed record FuzzArticle(string Name, string Text);

/// <summary>What the generator made of a set of articles, compiled.</summary>
internal sealed record GenerationOutcome(IReadOnlyList<SyntaxTree> Trees, CSharpCompilation Compilation, IReadOnlyList<Diagnostic> GeneratorDiagnostics);

/// <summary>
/// The properties every generated file must have, whatever the articles say: it compiles with no
/// error and no warning, its string literals are exactly the extracted strings (no more, no fewer,
/// each one's value equal to the text), and no invisible, control or line-breaking character
/// appears raw in the source.
/// </summary>
internal static class GeneratedCodeChecks
{
    public const string Namespace = "Fuzzed";

    public static readonly CSharpParseOptions Modern = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static readonly CSharpParseOptions CSharp73 = new(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);

    /// <summary>Runs the generator on the articles and compiles what it adds, warnings at the highest level.</summary>
    public static GenerationOutcome Generate(IReadOnlyList<FuzzArticle> articles, CSharpParseOptions parseOptions)
    {
        var files = articles.Select(a => TestFile.Article(a.Name, a.Text));
        var driver = GeneratorHarness.Run(files, new Dictionary<string, string> { ["FactGenNamespace"] = Namespace }, parseOptions);
        var run = driver.GetRunResult();
        var trees = run.GeneratedTrees.ToList();
        var nullable = parseOptions.LanguageVersion >= LanguageVersion.CSharp8;
        var compilation = CSharpCompilation.Create(
            "Fuzzed",
            trees,
            GeneratorHarness.Compilation().References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999,
                deterministic: true));
        return new GenerationOutcome(trees, compilation, run.Diagnostics);
    }

    /// <summary>Every way the generated code breaks the rules, empty when it keeps them all.</summary>
    public static List<string> Problems(IReadOnlyList<FuzzArticle> articles, CSharpParseOptions parseOptions)
    {
        var outcome = Generate(articles, parseOptions);
        var problems = new List<string>();
        if (outcome.Trees.Count == 0)
        {
            problems.Add("the generator added no source");
        }

        // An internal failure makes the generator emit an empty (compilable) set: it must count as a failure here.
        problems.AddRange(outcome.GeneratorDiagnostics
            .Where(d => d.Id == DiagnosticIds.InternalError)
            .Select(d => "generator: " + d.GetMessage(CultureInfo.InvariantCulture)));

        problems.AddRange(outcome.Compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Take(10)
            .Select(d => "compiler: " + d + " near: " + Excerpt(d)));

        if (problems.Count == 0)
        {
            // Some limits only show when the assembly is written (CS8103: too much string literal text).
            using var stream = new System.IO.MemoryStream();
            problems.AddRange(outcome.Compilation.Emit(stream).Diagnostics
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Take(10)
                .Select(d => "compiler (emit): " + d));
        }

        foreach (var tree in outcome.Trees)
        {
            problems.AddRange(RawCharacterProblems(tree.GetText().ToString()).Take(10));
        }

        HashSet<string> required, allowed;
        try
        {
            (required, allowed) = ExpectedStrings(articles);
        }
        catch (Exception ex)
        {
            problems.Add("engine: extracting or consolidating threw " + ex.GetType().Name + ": " + ex.Message + " at " + ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
            return problems;
        }

        problems.AddRange(LiteralProblems(outcome.Trees, required, allowed).Take(10));
        return problems;
    }

    /// <summary>
    /// The facts the engine extracts and consolidates, exactly as the generator computes them: through the
    /// decoder's checks on the text as the in-memory AdditionalText hands it over (UTF-8), so an article the
    /// generator skips as binary is skipped here too.
    /// </summary>
    public static CorpusFacts Extract(IReadOnlyList<FuzzArticle> articles) =>
        Consolidator.Consolidate(articles
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => ArticleDecoder.FromCompiler(a.Text, System.Text.Encoding.UTF8).Extract(a.Name)));

    /// <summary>
    /// The strings of the consolidated facts: those the generated code must carry as literals, and those
    /// it may (event dates are <c>DateTime</c> values, and string constants only for the main event).
    /// </summary>
    public static (HashSet<string> Required, HashSet<string> Allowed) ExpectedStrings(IReadOnlyList<FuzzArticle> articles)
    {
        var corpus = Extract(articles);
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? s)
        {
            if (s is not null)
            {
                strings.Add(s);
            }
        }

        void AddAll(EquatableArray<string> items)
        {
            foreach (var s in items)
            {
                Add(s);
            }
        }

        void AddEvidence(EquatableArray<FactEvidence> evidence)
        {
            foreach (var e in evidence)
            {
                Add(e.File);
                Add(e.Sentence);
            }
        }

        foreach (var d in corpus.Documents)
        {
            Add(d.File);
            Add(d.Title);
            Add(d.Outlet);
            Add(d.Published);
        }

        foreach (var e in corpus.Events)
        {
            Add(e.Name);
            AddAll(e.Aliases);
            Add(e.City);
            Add(e.Country);
            allowed.Add(e.StartDate ?? string.Empty);
            allowed.Add(e.EndDate ?? string.Empty);
            Add(e.Theme);
            AddEvidence(e.Evidence);
            foreach (var f in e.Figures)
            {
                Add(f.Unit);
                AddEvidence(f.Evidence);
            }
        }

        foreach (var p in corpus.People)
        {
            Add(p.Name);
            AddAll(p.Aliases);
            AddAll(p.Titles);
            AddEvidence(p.Evidence);
        }

        foreach (var o in corpus.Organizations)
        {
            Add(o.Name);
            AddAll(o.Aliases);
            AddEvidence(o.Evidence);
        }

        foreach (var q in corpus.Quotes)
        {
            Add(q.Text);
            Add(q.Speaker);
            AddAll(q.Variants);
            AddEvidence(q.Evidence);
        }

        allowed.UnionWith(strings);
        return (strings, allowed);
    }

    /// <summary>The values of all string literals in the trees, as the C# parser reads them.</summary>
    public static List<string> LiteralValues(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(l => l.Token.ValueText)
            .ToList();

    /// <summary>
    /// Literals that are not regular quoted literals, values that were not extracted, and extracted
    /// strings that no literal carries.
    /// </summary>
    public static IEnumerable<string> LiteralProblems(IReadOnlyList<SyntaxTree> trees, HashSet<string> expected, HashSet<string> allowed)
    {
        var literals = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && !IsEmitterData(l))
            .ToList();
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in literals)
        {
            var token = literal.Token;
            if (!token.IsKind(SyntaxKind.StringLiteralToken) || !token.Text.StartsWith("\"", StringComparison.Ordinal))
            {
                yield return "not a regular string literal: " + Show(token.Text);
            }

            if (token.ContainsDiagnostics)
            {
                yield return "literal with a syntax error: " + Show(token.Text);
            }

            values.Add(token.ValueText);
            if (!allowed.Contains(token.ValueText))
            {
                yield return "literal whose value was never extracted: " + Show(token.ValueText) + " written as " + Show(token.Text);
            }
        }

        foreach (var s in expected.Where(s => !values.Contains(s)).OrderBy(s => s, StringComparer.Ordinal))
        {
            yield return "extracted string with no literal of that exact value: " + Show(s);
        }
    }

    /// <summary>
    /// A literal of FactGen's own, not of an article: the sharded emitter's private constants that
    /// record the order of facts across shards (<c>private const string PeopleOrder = "ĀĂ…";</c>).
    /// </summary>
    private static bool IsEmitterData(LiteralExpressionSyntax literal) =>
        literal.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } field
        && field.Modifiers.Any(SyntaxKind.ConstKeyword)
        && field.Modifiers.Any(SyntaxKind.PrivateKeyword)
        && field.Declaration.Variables.All(v => v.Identifier.ValueText.EndsWith("Order", StringComparison.Ordinal));

    /// <summary>
    /// Characters that must never appear raw in generated code: controls other than '\n', the other
    /// C# line breaks, lone surrogates, noncharacters, and the invisible characters (bidi controls and
    /// every other format character by the running framework's own Unicode data, plus the fixed table).
    /// </summary>
    public static IEnumerable<string> RawCharacterProblems(string source)
    {
        var line = 1;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, source[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                yield return $"line {line}: a lone surrogate U+{(int)c:X4} raw in the source";
                continue;
            }

            if (IsForbiddenRaw(codePoint))
            {
                yield return $"line {line}: U+{codePoint:X4} raw in the source";
            }
        }
    }

    /// <summary>True for a code point that generated source may not contain unescaped.</summary>
    public static bool IsForbiddenRaw(int codePoint)
    {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) || codePoint is 0x2028 or 0x2029)
        {
            return true;
        }

        if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF))
        {
            return true;
        }

        return CSharpText.IsInvisible(codePoint)
            || CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0) == UnicodeCategory.Format;
    }

    /// <summary>A string as a C# literal, so invisible and control characters show in a failure message.</summary>
    public static string Show(string text, int max = 400)
    {
        var shown = CSharpText.Literal(text.Length > max ? text.Substring(0, max) : text);
        var ascii = new StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            // Non-ASCII as escapes too: a terminal may not show them, or show them reordered.
            ascii.Append(c < 0x7F ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return text.Length > max ? ascii + "…(" + text.Length + " chars)" : ascii.ToString();
    }

    private static string Excerpt(Diagnostic d)
    {
        if (!d.Location.IsInSource)
        {
            return string.Empty;
        }

        var text = d.Location.SourceTree!.GetText();
        var line = text.Lines.GetLineFromPosition(d.Location.SourceSpan.Start);
        return Show(line.ToString(), 300);
    }
}
