using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactGen.Generator.Tests.Hostile;

/// <summary>The escaping rules of <see cref="CSharpText"/> and <see cref="IdentifierNames"/>, one hostile string at a time.</summary>
public class InjectionEscapingTests
{
    public static IEnumerable<object[]> HostileStrings() => new[]
    {
        "\"; } public static int Pwned = 1; //",
        "\\", "\\\"", "\\\\\"", "\"\"\"", "\"\"\"\"\"\"", "{0}", "{{}}", "{", "}", "$\"{x}\"", "@\"", "*/", "/*", "//", "///",
        "</summary>", "<see cref=\"X\"/>", "&amp;", "]]>", "<!--",
        "a\nb", "a\r\nb", "a\rb", "\u0085", "\u2028", "\u2029", "\0", "\0" + "1", "\u0001\u001F\u007F\u009F", "\t",
        "\uD800", "\uDC00", "\uDC00\uD800", "x\uD800", "\uD800\uD800\uDC00", "\U0001F600", "\U0010FFFF",
        "\u202Enimda\u202C", "\u2066x\u2069", "\u200E\u200F\u061C", "\u200B\u200C\u200D\u2060\u2063\uFEFF\u00AD",
        "\U000E0001\U000E0041\U000E007F", "\uFE0F\U000E0100", "\u3164\u115F\uFFA0", "\uFFFE\uFFFF\uFDD0",
        "\\u0022", "\\U00000022", "\\x22", "#line 1 \"x\"", "#error no", "\u00E9 e\u0301 \u4E2D\u6587 \u0627\u0644\u0639\u0631\u0628\u064A\u0629",
    }.Select((s, i) => new object[] { i, s }); // the index keeps test IDs apart: xunit cannot tell lone surrogates apart

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void LiteralReadsBackAsExactlyTheText(int index, string text)
    {
        _ = index;
        var literal = CSharpText.Literal(text);
        var expression = SyntaxFactory.ParseExpression(literal);

        Assert.False(expression.ContainsDiagnostics, literal);
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
        Assert.Equal(literal, token.Text);
        Assert.Equal(text, token.ValueText);
        Assert.Empty(Fuzz.GeneratedCodeChecks.RawCharacterProblems(literal));
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void DocTextStaysOneWellFormedLine(int index, string text)
    {
        _ = index;
        var doc = CSharpText.Doc(text);
        var source = "/// <summary>" + doc + "</summary>\npublic class C { }\n";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));

        Assert.DoesNotContain('\n', doc);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Empty(Fuzz.GeneratedCodeChecks.RawCharacterProblems(doc));
        var summary = tree.GetRoot().DescendantNodes(descendIntoTrivia: true).OfType<XmlElementSyntax>().Single();
        Assert.Equal("summary", summary.StartTag.Name.ToString());
        Assert.All(summary.Content, n => Assert.IsType<XmlTextSyntax>(n));
    }

    [Fact]
    public void DocEscapesMarkupAndJoinsLines()
    {
        Assert.Equal("a &amp; &lt;b&gt; c", CSharpText.Doc("a & <b>\n c"));
        Assert.Equal("&lt;/summary&gt; public int X; ///", CSharpText.Doc("</summary>\npublic int X; ///"));
        Assert.Equal("user nimda x end", CSharpText.Doc("user \u202Enimda\u202C \u2066x\u2069 e\u200Bn\uFEFFd"));
        Assert.Equal("a b", CSharpText.Doc("a\u2028\u0085\u2029b"));
    }

    [Fact]
    public void LiteralEscapesInvisibleCharactersAndLineBreaks()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u2028e\\u0085\"", CSharpText.Literal("a\"b\\c\nd\u2028e\u0085"));
        Assert.Equal("\"user \\u202Enimda\\u202C\"", CSharpText.Literal("user \u202Enimda\u202C"));
        Assert.Equal("\"\\U000E0041\"", CSharpText.Literal("\U000E0041"));
        Assert.Equal("\"\\uD800x\"", CSharpText.Literal("\uD800x"));
        Assert.Equal("\"\\01\"", CSharpText.Literal("\u00001"));
        Assert.Equal("\"{0} */ \U0001F600 \u00E9\"", CSharpText.Literal("{0} */ \U0001F600 \u00E9"));
        Assert.Equal("null", CSharpText.Literal(null));
    }

    /// <summary>The fixed table must cover what the running framework calls a format character, so nothing invisible is missed.</summary>
    [Fact]
    public void InvisibleTableCoversEveryFormatCharacterTheFrameworkKnows()
    {
        var missing = new List<string>();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format && !CSharpText.IsInvisible(codePoint))
            {
                missing.Add("U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Li\u200BQiang", "LiQiang")]
    [InlineData("Li\u202EQiang", "LiQiang")]
    [InlineData("\u2066Ada\u2069 Moss", "AdaMoss")]
    [InlineData("Ada\u00ADMoss\uFEFF", "AdaMoss")]
    [InlineData("A\u3164da", "Ada")]
    [InlineData("Zo\uFE0Fe", "Zoe")]
    [InlineData("Li\uD800Qiang", "LiQiang")]
    [InlineData("e\u0301clair", "E\u0301clair")] // not normalized: Normalize depends on the host's globalization mode
    [InlineData("\"; } public static int Pwned = 1; //", "PublicStaticIntPwned1")]
    [InlineData("*/ </summary>", "Summary")]
    [InlineData("123", "_123")]
    [InlineData("\u0301x", "_\u0301x")]
    [InlineData("class", "Class")]
    [InlineData("\U0001F600", "Item")]
    public void IdentifiersKeepOnlyVisibleIdentifierCharacters(string name, string expected)
    {
        var identifier = IdentifierNames.Pascal(name);
        Assert.Equal(expected, identifier);
        Assert.True(SyntaxFacts.IsValidIdentifier(identifier), identifier);
        Assert.Empty(Fuzz.GeneratedCodeChecks.RawCharacterProblems(identifier));
    }

    [Fact]
    public void NamesThatDifferOnlyInInvisibleCharactersGetNumbered()
    {
        var names = new IdentifierNames("People", "All");
        Assert.Equal("LiQiang", names.Take("Li Qiang"));
        Assert.Equal("LiQiang2", names.Take("Li\u200B Qiang"));
        Assert.Equal("LiQiang3", names.Take("Li \u202EQiang"));
    }
}
