using System.Collections.Generic;
using FactGen.Generator.Options;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

/// <summary>MSBuild properties: namespace, class name, categories, size limit.</summary>
public class OptionsTests
{
    private static string Generate(Dictionary<string, string> properties) =>
        GeneratorHarness.Source(GeneratorHarness.Run(new[] { TestFile.Article("expo.txt", Corpora.Expo) }, properties));

    [Fact]
    public void NamespaceDefaultsToRootNamespaceThenFactGenGenerated()
    {
        Assert.Contains("namespace FactGen.Generated", Generate(new()));
        Assert.Contains("namespace My.Root", Generate(new() { ["RootNamespace"] = "My.Root" }));
        Assert.Contains("namespace Chosen", Generate(new() { ["RootNamespace"] = "My.Root", ["FactGenNamespace"] = "Chosen" }));
        Assert.Contains("namespace FactGen.Generated", Generate(new() { ["RootNamespace"] = "My-Root" }));
    }

    [Fact]
    public void ClassNameIsConfigurable()
    {
        var source = Generate(new() { ["FactGenClassName"] = "Expo" });
        Assert.Contains("public static partial class Expo", source);
    }

    [Fact]
    public void EmitChoosesTheCategories()
    {
        var source = Generate(new() { ["FactGenEmit"] = "quotes; constants" });
        Assert.Contains("public static class Quotes", source);
        Assert.Contains("public static class Constants", source);
        Assert.DoesNotContain("public static class People", source);
        Assert.DoesNotContain("public static class Firms", source);
        Assert.Contains("public static global::FactGen.FactSet All", source);
    }

    [Theory]
    [InlineData("all", (int)EmitCategories.All)]
    [InlineData("Event, People", (int)(EmitCategories.Event | EmitCategories.People))]
    [InlineData("speakers firms", (int)(EmitCategories.Speakers | EmitCategories.Firms))]
    public void CategoriesParse(string text, int expected)
    {
        Assert.True(OptionsReader.TryParseCategories(text, out var parsed));
        Assert.Equal((EmitCategories)expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("people,gossip")]
    public void UnknownCategoriesAreRejected(string text) => Assert.False(OptionsReader.TryParseCategories(text, out _));
}
