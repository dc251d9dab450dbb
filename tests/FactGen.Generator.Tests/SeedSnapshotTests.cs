using System.Collections.Generic;
using System.Threading.Tasks;
using FactGen.Generator.Tests.Infrastructure;
using static FactGen.Generator.Tests.Snapshots.Verifier;

namespace FactGen.Generator.Tests;

/// <summary>The generated source and diagnostics for the repository's seeds (re-accept with FACTGEN_ACCEPT=1 when the engine improves).</summary>
public class SeedSnapshotTests
{
    [Fact]
    public Task Seeds()
    {
        var driver = GeneratorHarness.Run(Corpora.Seeds(), new Dictionary<string, string> { ["RootNamespace"] = "Waic2025" });
        return Verify(driver);
    }
}
