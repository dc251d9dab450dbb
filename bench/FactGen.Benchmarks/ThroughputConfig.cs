using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactGen.Benchmarks;

/// <summary>Adds MB/s and allocated-bytes-per-input-byte columns, computed from the corpus size.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Input size of the benchmark in bytes; set in GlobalSetup (same process as the columns in-process,
    /// and recomputed from the corpus when the summary is built in the host process).</summary>
    public static long InputBytes { get; set; }

    public ThroughputConfig()
    {
        AddColumn(new PerInputByteColumn("MB/s", (report, bytes) =>
            bytes / 1e6 / (report.ResultStatistics!.Median / 1e9)));
        AddColumn(new PerInputByteColumn("Alloc B/input B", (report, bytes) =>
            (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / (double)bytes));
    }

    private sealed class PerInputByteColumn(string name, System.Func<BenchmarkReport, long, double> compute) : IColumn
    {
        public string Id => nameof(PerInputByteColumn) + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => name == "MB/s" ? "Input megabytes per second (median)" : "Allocated bytes per input byte";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase == benchmarkCase);
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            var bytes = InputBytes > 0 ? InputBytes : BbcCorpus.Load().Bytes;
            InputBytes = bytes;
            return compute(report, bytes).ToString("0.00", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
