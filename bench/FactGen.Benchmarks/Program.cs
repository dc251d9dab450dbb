using System;
using BenchmarkDotNet.Running;
using FactGen.Benchmarks;

// dotnet run -c Release --project bench/FactGen.Benchmarks -- --filter '*'
if (BbcCorpus.Locate() is null)
{
    Console.WriteLine(BbcCorpus.MissingMessage);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
