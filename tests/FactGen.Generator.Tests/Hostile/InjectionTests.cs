using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FactGen.Generator.Tests.Fuzz;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Hostile;

/// <summary>
/// An article that tries to write code: its text closes a string, a comment and a doc comment, adds
/// a member, reorders itself with bidi controls. The build's only effect must be the escaped text.
/// </summary>
public class InjectionTests
{
    /// <summary>Text that would end a string literal, open a member and comment the rest of the line out.</summary>
    private const string ClosesAString = "\"; } public static int Pwned = 1; //";

    /// <summary>Every other way out of a literal, a comment or a doc comment, and a format string.</summary>
    private const string ClosesEverythingElse = "*/ /* </summary></remarks><see cref=\"System.Object\"/> \"\"\" {0} {{ $\"{Pwned}\" \\ \\\" @\" &amp; ]]> <!-- ///";

    /// <summary>Trojan Source: an override that shows "admin" backwards, an isolate, a zero-width space and a BOM.</summary>
    private const string Bidi = "user \u202Enimda\u202C \u2066x\u2069 y\u200Bz \uFEFF\u00AD end";

    private static string Article(string hostile, string quote, string reordered) =>
        "Harbour City hosts robotics expo\n" +
        "\n" +
        "The Northern Robotics Expo opened in Harbour City on Tuesday, 4 March 2025, with more than 300 exhibitors.\n" +
        "\n" +
        "\u201C" + hostile + "\u201D Mayor Clara Jensen said at the opening.\n" +
        "\n" +
        "\"" + quote + ",\" said organiser Tomas Berg.\n" +
        "\n" +
        "\"" + reordered + ",\" said organiser Tomas Berg.\n" +
        "\n" +
        "Firms such as Brightgear Inc. and Kestrel Systems showed new warehouse robots.\n";

    /// <summary>Hostile articles (other tests, such as the culture check, reuse them).</summary>
    internal static readonly FuzzArticle[] Hostile =
    {
        new("expo-\"; } {0} <summary>.txt", Article(ClosesAString + " " + ClosesEverythingElse, "Machines */ should /* help </summary> people \"\"\" {0}", Bidi)),
        new("second\u202E.txt", Article(ClosesAString + "\n\r\u2028\u2029\u0085\0\u0001 x", "\\u0022 is a quote and \\\\ a backslash", "tags \U000E0041\U000E0042 and a lone \uD800 half")),
    };

    /// <summary>The same articles with harmless text of the same shape in place of the hostile text.</summary>
    private static readonly FuzzArticle[] Benign =
    {
        new("expo-a.txt", Article("Machines should help people, not replace them, and everyone agrees on this point today", "Machines should help people today", "We are happy with the number of visitors")),
        new("second.txt", Article("We sold out every stand and more will come next year for sure", "It was a great week for everyone here", "The weather was kind to the visitors")),
    };

    [Fact]
    public void HostileArticleCompilesCleanAndAddsNoMember()
    {
        var problems = GeneratedCodeChecks.Problems(Hostile, GeneratedCodeChecks.Modern);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(GeneratedCodeChecks.Problems(Hostile, GeneratedCodeChecks.CSharp73));

        var hostile = GeneratedCodeChecks.Generate(Hostile, GeneratedCodeChecks.Modern);
        var benign = GeneratedCodeChecks.Generate(Benign, GeneratedCodeChecks.Modern);
        Assert.Equal(Members(benign.Compilation), Members(hostile.Compilation));
        Assert.DoesNotContain(Members(hostile.Compilation), m => m.Contains("Pwned", StringComparison.Ordinal));
    }

    [Fact]
    public void HostileTextReadsBackExactlyFromTheLiteralsAndAtRunTime()
    {
        var expected = GeneratedCodeChecks.Extract(Hostile);
        var quotes = expected.Quotes.Select(q => q.Text).ToList();
        var sentences = expected.People.SelectMany(p => p.Evidence).Select(e => e.Sentence).Distinct().ToList();

        // The engine really hands the hostile text on: otherwise this test would prove nothing.
        Assert.Contains(sentences, s => s.Contains(ClosesAString, StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains(ClosesEverythingElse, StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Contains("*/ should /* help </summary>", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Contains("\u202Enimda\u202C", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Contains("\uD800", StringComparison.Ordinal));

        var outcome = GeneratedCodeChecks.Generate(Hostile, GeneratedCodeChecks.Modern);
        var literals = GeneratedCodeChecks.LiteralValues(outcome.Trees);
        foreach (var text in quotes.Concat(sentences).Append(Hostile[0].Name).Append(Hostile[1].Name))
        {
            Assert.Contains(text, literals);
        }

        var set = Run(outcome.Compilation);
        Assert.Equal(
            expected.Quotes.Select(q => q.Text).OrderBy(t => t, StringComparer.Ordinal),
            set.Quotes.Select(q => q.Text).OrderBy(t => t, StringComparer.Ordinal));
        Assert.Equal(
            expected.Documents.Select(d => d.File).OrderBy(t => t, StringComparer.Ordinal),
            set.Documents.Select(d => d.File).OrderBy(t => t, StringComparer.Ordinal));
        Assert.Equal(
            sentences.OrderBy(t => t, StringComparer.Ordinal),
            set.People.SelectMany(p => p.Evidence).Select(e => e.Sentence).Distinct().OrderBy(t => t, StringComparer.Ordinal));
    }

    [Fact]
    public void NoInvisibleOrControlCharacterAppearsRawInTheGeneratedSource()
    {
        var outcome = GeneratedCodeChecks.Generate(Hostile, GeneratedCodeChecks.Modern);
        foreach (var tree in outcome.Trees)
        {
            var source = tree.GetText().ToString();
            Assert.Empty(GeneratedCodeChecks.RawCharacterProblems(source));

            // Independent of the checker's own table: the running framework's Unicode data.
            for (var i = 0; i < source.Length; i++)
            {
                var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(source, i);
                Assert.False(
                    category is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control && source[i] != '\n',
                    $"U+{(int)source[i]:X4} ({category}) raw at offset {i}");
                if (char.IsHighSurrogate(source[i]))
                {
                    i++;
                }
            }

            // The doc comments quote the hostile sentences too: there the markup is text, not tags.
            var docs = source.Split('\n').Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)).ToList();
            Assert.Contains(docs, l => l.Contains("Pwned = 1; // */ /* &lt;/summary&gt;&lt;/remarks&gt;&lt;see cref=", StringComparison.Ordinal));
            Assert.DoesNotContain(docs, l => l.Contains("</summary></remarks>", StringComparison.Ordinal) || l.Contains("<see cref=\"System", StringComparison.Ordinal));
        }
    }

    /// <summary>Every type and member the generated namespace declares, as "Type.Member" (sorted).</summary>
    private static List<string> Members(Compilation compilation)
    {
        var names = new List<string>();
        void Walk(INamespaceOrTypeSymbol container, string prefix)
        {
            foreach (var member in container.GetMembers())
            {
                names.Add(prefix + member.Name + ":" + member.Kind);
                if (member is INamespaceOrTypeSymbol nested)
                {
                    Walk(nested, prefix + member.Name + ".");
                }
            }
        }

        Walk(compilation.Assembly.GlobalNamespace, string.Empty);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Compiles, loads and reads <c>Facts.All</c>.</summary>
    private static global::FactGen.FactSet Run(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.WithAssemblyName("Injected" + Guid.NewGuid().ToString("N")).Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var assembly = Assembly.Load(stream.ToArray());
        var facts = assembly.GetType(GeneratedCodeChecks.Namespace + ".Facts")!;
        return (global::FactGen.FactSet)facts.GetProperty("All")!.GetValue(null)!;
    }
}
