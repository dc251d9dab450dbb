using System.Collections.Generic;
using System.Linq;
using FactGen.Generator.Options;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests;

/// <summary>FactGenDiagnosticSeverity: default severities chosen in the project file.</summary>
public class SeverityOptionTests
{
    private static Diagnostic[] Diagnostics(string articleName, string text, string severities) =>
        GeneratorHarness.Run(
                new[] { TestFile.Article(articleName, text) },
                new Dictionary<string, string> { ["FactGenDiagnosticSeverity"] = severities })
            .GetRunResult().Diagnostics.ToArray();

    [Fact]
    public void AWarningCanBecomeAnError()
    {
        var diagnostic = Assert.Single(Diagnostics("council.txt", Corpora.WeekdayMismatch, "FG0001=error"), d => d.Id == "FG0001");

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(0, diagnostic.WarningLevel);
    }

    [Fact]
    public void NoneSilencesADiagnosticAndOthersKeepTheirDefaults()
    {
        var diagnostics = Diagnostics("festival.txt", Corpora.Unattributed, "fg0003 = none; FG0001=error");

        Assert.DoesNotContain(diagnostics, d => d.Id == "FG0003");
    }

    [Fact]
    public void AnInfoCanBecomeAWarning()
    {
        var diagnostic = Assert.Single(Diagnostics("festival.txt", Corpora.Unattributed, "FG0003=warning"), d => d.Id == "FG0003");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Theory]
    [InlineData("FG9999=error")]
    [InlineData("FG0001=loud")]
    [InlineData("FG0001")]
    public void NonsenseIsReportedAsFG0007AndIgnored(string setting)
    {
        var diagnostics = Diagnostics("council.txt", Corpora.WeekdayMismatch, setting);

        Assert.Contains(diagnostics, d => d.Id == "FG0007" && d.GetMessage().Contains("FactGenDiagnosticSeverity"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single(d => d.Id == "FG0001").Severity);
    }

    [Theory]
    [InlineData("FG0004=none", "FG0004", null)]
    [InlineData(" fg0002 = Hidden ", "FG0002", DiagnosticSeverity.Hidden)]
    [InlineData("FG0003=suggestion", "FG0003", DiagnosticSeverity.Info)]
    public void SettingsParse(string text, string id, DiagnosticSeverity? severity)
    {
        Assert.True(OptionsReader.TryParseSeverity(text, out var chosen));
        Assert.Equal(new SeverityOverride(id, severity), chosen);
    }
}
