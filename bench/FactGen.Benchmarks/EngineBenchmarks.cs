using System.Linq;
using BenchmarkDotNet.Attributes;
using FactGen.Extraction;
using FactGen.Extraction.Consolidation;

namespace FactGen.Benchmarks;

/// <summary>Engine throughput: extraction of every BBC article plus consolidation, on one thread.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EngineBenchmarks
{
    private BbcCorpus _corpus = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BbcCorpus.Load();
        ThroughputConfig.InputBytes = _corpus.Bytes;
    }

    [Benchmark(Description = "engine: extract + consolidate BBC (1 thread)")]
    public CorpusFacts ExtractAndConsolidate() =>
        Consolidator.Consolidate(_corpus.Articles.Select(a => DocumentExtractor.Extract(a.Name, a.Text)).ToList());
}
