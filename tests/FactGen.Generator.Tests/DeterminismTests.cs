using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

/// <summary>Same articles, same bytes: whatever the file order or the line endings.</summary>
public class DeterminismTests
{
    private static List<TestFile> Inputs()
    {
        var files = Corpora.Seeds();
        files.Add(TestFile.Article("expo.txt", Corpora.Expo));
        files.Add(TestFile.Article("expo-2.txt", Corpora.ExpoFollowUp));
        files.Add(TestFile.Article("festival.txt", Corpora.Unattributed));
        return files;
    }

    [Fact]
    public void ShufflingTheFilesChangesNothing()
    {
        var files = Inputs();
        var expected = GeneratorHarness.Source(GeneratorHarness.Run(files));
        var expectedDiagnostics = GeneratorHarness.DiagnosticsText(GeneratorHarness.Run(files));

        var reversed = Enumerable.Reverse(files).ToList();
        var random = new Random(20250726);
        var shuffled = files.OrderBy(_ => random.Next()).ToList();
        foreach (var order in new[] { reversed, shuffled })
        {
            var driver = GeneratorHarness.Run(order);
            Assert.Equal(expected, GeneratorHarness.Source(driver));
            Assert.Equal(expectedDiagnostics, GeneratorHarness.DiagnosticsText(driver));
        }
    }

    [Fact]
    public void LineEndingsChangeNothing()
    {
        static List<TestFile> WithEndings(string ending) =>
            Inputs().Select(f => f with { Text = f.Text!.Replace("\r\n", "\n").Replace("\n", ending) }).ToList();

        var lf = GeneratorHarness.Source(GeneratorHarness.Run(WithEndings("\n")));
        var crlf = GeneratorHarness.Source(GeneratorHarness.Run(WithEndings("\r\n")));
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void DiagnosticsKeepTheirLineAndColumnUnderCrlf()
    {
        static string Diagnostics(string ending) => GeneratorHarness.DiagnosticsText(GeneratorHarness.Run(new[]
        {
            TestFile.Article("festival.txt", Corpora.Unattributed.Replace("\n", ending)),
            TestFile.Article("council.txt", Corpora.WeekdayMismatch.Replace("\n", ending)),
        }));

        Assert.Equal(Diagnostics("\n"), Diagnostics("\r\n"));
    }
}
