using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Benchmarks;

/// <summary>An article handed to the generator as an AdditionalFile, kept in memory.</summary>
internal sealed class InMemoryArticle(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Analyzer config that marks every additional file as a FactGen article, as the package's
/// build targets do (build_metadata.AdditionalFiles.FactGenArticle = true).
/// </summary>
internal sealed class ArticleOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Article = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.FactGenArticle"] = "true",
    });

    private static readonly DictionaryOptions Global = new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Bbc",
    });

    public override AnalyzerConfigOptions GlobalOptions => Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
