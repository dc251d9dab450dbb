using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactGen.Extraction;
using FactGen.Generator.Model;

namespace FactGen.Generator.Tests;

/// <summary>
/// Diagnostics placed with the last run remembered equal diagnostics placed afresh, whatever the edit: articles whose
/// lines change, appear, go or share a name, diagnostics that are new, gone, repeated or point at no article.
/// </summary>
public class DiagnosticPlacerTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void RememberedPlacesEqualFreshPlacesAfterAnyEdit(int seed, bool repeats)
    {
        // Without repeats (names and diagnostics each once, the usual case) the last run is built on; with them, a
        // repeated name or diagnostic makes the placer start afresh.
        var random = new Random(seed);
        var articles = Enumerable.Range(0, 30).Select(i => Article(random, "a" + i + ".txt")).ToList();
        var diagnostics = Enumerable.Range(0, 60).Select(_ => Diagnostic(random, articles)).ToList();
        var failures = new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Nowhere("FG0010", "failed") });
        var ordered = new OrderedInputs<ArticleLines>(a => a.Path, a => a.Name);
        var placer = new DiagnosticPlacer();
        for (var run = 0; run < 120; run++)
        {
            Edit(articles, diagnostics, random, repeats);
            var input = ImmutableArray.CreateRange(articles);
            var facts = new EquatableArray<FactDiagnostic>(diagnostics.ToArray());
            var expected = new DiagnosticPlacer().Place(failures, facts, new OrderedInputs<ArticleLines>(a => a.Path, a => a.Name).Of(input));
            Assert.Equal(expected, placer.Place(failures, facts, ordered.Of(input)));
        }
    }

    [Fact]
    public void EachDiagnosticIsPlacedOnceInTheFirstArticleOfItsName()
    {
        var first = new ArticleLines("/x/a.txt", "a.txt", LineMap.Of("one\ntwo\nthree"));
        var second = new ArticleLines("/y/a.txt", "a.txt", LineMap.Of("only one line"));
        var d = new FactDiagnostic("FG0002", FactSeverity.Warning, "differs", "a.txt", 3, 2, 1);
        var placed = new DiagnosticPlacer().Place(
            EquatableArray<DiagnosticInfo>.Empty,
            new EquatableArray<FactDiagnostic>(new[] { d, d with { }, d with { File = "missing.txt" } }),
            new OrderedInputs<ArticleLines>(a => a.Path, a => a.Name).Of(ImmutableArray.Create(second, first)));

        Assert.Equal(2, placed.Count);
        Assert.Equal("/x/a.txt", placed[0].Path);
        Assert.Equal(2, placed[0].StartLine);
        Assert.Null(placed[1].Path);
        Assert.Contains("missing.txt(3,2)", placed[1].Message);
    }

    [Fact]
    public void AnArticleThatTakesAnotherOnesNameTakesItsDiagnosticsWhenItComesFirst()
    {
        var later = new ArticleLines("/y/a.txt", "a.txt", LineMap.Of("only one line"));
        var d = new FactDiagnostic("FG0002", FactSeverity.Warning, "differs", "a.txt", 3, 2, 1);
        var diagnostics = new EquatableArray<FactDiagnostic>(new[] { d });
        var ordered = new OrderedInputs<ArticleLines>(a => a.Path, a => a.Name);
        var placer = new DiagnosticPlacer();
        Assert.Equal("/y/a.txt", placer.Place(EquatableArray<DiagnosticInfo>.Empty, diagnostics, ordered.Of(ImmutableArray.Create(later)))[0].Path);

        var earlier = new ArticleLines("/x/a.txt", "a.txt", LineMap.Of("one\ntwo\nthree"));
        var placed = placer.Place(EquatableArray<DiagnosticInfo>.Empty, diagnostics, ordered.Of(ImmutableArray.Create(later, earlier)));
        Assert.Equal("/x/a.txt", placed[0].Path);
        Assert.Equal(2, placed[0].StartLine);
    }

    private static ArticleLines Article(Random random, string name) =>
        new("/corpus/" + random.Next(3) + "/" + name, name, LineMap.Of(string.Join("\n", Enumerable.Range(0, 1 + random.Next(8)).Select(l => new string('x', 1 + random.Next(30))))));

    /// <summary>A diagnostic in one of the articles, or now and then in a file that is not (yet) there.</summary>
    private static FactDiagnostic Diagnostic(Random random, List<ArticleLines> articles) => new(
        "FG000" + random.Next(1, 4),
        FactSeverity.Warning,
        "m" + random.Next(1_000_000),
        random.Next(6) == 0 ? "n" + random.Next(40) + ".txt" : articles[random.Next(articles.Count)].Name,
        1 + random.Next(9),
        1 + random.Next(20),
        random.Next(5));

    private static void Edit(List<ArticleLines> articles, List<FactDiagnostic> diagnostics, Random random, bool repeats)
    {
        for (var c = 1 + random.Next(3); c > 0; c--)
        {
            var i = random.Next(articles.Count);
            var k = random.Next(diagnostics.Count);
            switch (random.Next(9))
            {
                case 0:
                    // The edited article comes back as a new object, last, with other lines.
                    var edited = Article(random, articles[i].Name) with { Path = articles[i].Path };
                    articles.RemoveAt(i);
                    articles.Add(edited);
                    break;
                case 1:
                    var name = repeats ? "a" + random.Next(36) + ".txt" : "n" + random.Next(40) + ".txt";
                    if (repeats || articles.All(a => a.Name != name))
                    {
                        articles.Add(Article(random, name));
                    }

                    break;
                case 2:
                    if (articles.Count > 3)
                    {
                        articles.RemoveAt(i);
                    }

                    break;
                case 3:
                    diagnostics.Insert(random.Next(diagnostics.Count + 1), Diagnostic(random, articles));
                    break;
                case 4:
                    if (diagnostics.Count > 3)
                    {
                        diagnostics.RemoveAt(k);
                    }

                    break;
                case 5:
                    diagnostics[k] = diagnostics[k] with { };
                    break;
                case 6:
                    if (repeats)
                    {
                        diagnostics.Insert(random.Next(diagnostics.Count + 1), diagnostics[k] with { });
                    }

                    break;
                case 7:
                    articles[i] = articles[i] with { Path = articles[i].Path + ".moved" };
                    break;
                default:
                    break; // nothing changes
            }
        }
    }
}
