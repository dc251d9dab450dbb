using Microsoft.CodeAnalysis;

namespace FactGen.Generator;

/// <summary>Turns the project's article files into a typed <c>Facts</c> API.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
