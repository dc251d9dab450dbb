using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>
/// A small stand-in for Verify (not installable here), with the same shape: test classes say
/// <c>using static FactGen.Generator.Tests.Snapshots.Verifier;</c> and <c>return Verify(driver);</c>,
/// so moving to VerifyXunit + Verify.SourceGenerators is a change of that using line.
/// Snapshots live beside the test file: <c>{TestFile}.{Method}#{HintName}.verified.cs</c> for each
/// generated source and <c>{TestFile}.{Method}.verified.txt</c> for diagnostics and text.
/// On a mismatch <c>*.received.*</c> is written and the test fails with a unified diff;
/// set <c>FACTGEN_ACCEPT=1</c> to accept what was received.
/// </summary>
internal static class Verifier
{
    /// <summary>Verifies every generated source and the diagnostics of a generator run.</summary>
    public static Task Verify(GeneratorDriver driver, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var result = driver.GetRunResult();
        var failures = new System.Collections.Generic.List<string>();
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var hint = Path.GetFileNameWithoutExtension(source.HintName);
            Check(sourceFile, method + "#" + hint, "cs", source.SourceText.ToString(), failures);
        }

        Check(sourceFile, method, "txt", GeneratorHarness.DiagnosticsText(driver), failures);
        Fail(failures);
        return Task.CompletedTask;
    }

    /// <summary>Verifies a text.</summary>
    public static Task Verify(string text, string extension = "txt", [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var failures = new System.Collections.Generic.List<string>();
        Check(sourceFile, method, extension, text, failures);
        Fail(failures);
        return Task.CompletedTask;
    }

    private static void Check(string sourceFile, string name, string extension, string received, System.Collections.Generic.List<string> failures)
    {
        var file = RepoPaths.Source(sourceFile);
        var stem = Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "." + name);
        var verifiedPath = stem + ".verified." + extension;
        var receivedPath = stem + ".received." + extension;
        received = Normalize(received);
        var accept = Environment.GetEnvironmentVariable("FACTGEN_ACCEPT") == "1";

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        failures.Add(verified is null
            ? $"No snapshot yet: {Path.GetFileName(verifiedPath)}. Received {Path.GetFileName(receivedPath)}; set FACTGEN_ACCEPT=1 to accept it."
            : $"Snapshot mismatch: {Path.GetFileName(verifiedPath)} (set FACTGEN_ACCEPT=1 to accept)\n" +
              LineDiff.Unified(verified, received, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath)));
    }

    private static void Fail(System.Collections.Generic.List<string> failures)
    {
        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
