using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using HipKnee.Micro;

// dotnet run --project bench/HipKnee.Micro -c Release -- [--quick] [--summary <file>]
var quick = args.Contains("--quick");
var summaryIndex = Array.IndexOf(args, "--summary");
var job = (quick ? Job.ShortRun : Job.Default.WithWarmupCount(3).WithIterationCount(10)).WithToolchain(InProcessEmitToolchain.Instance);
var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summary = BenchmarkRunner.Run<CoreBenchmarks>(config);

var rows = new List<string>();
var missed = false;
foreach (var report in summary.Reports)
{
    var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
    var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
    var mean = report.ResultStatistics?.Mean ?? double.NaN;
    var isNextReminder = name.Contains("NextAfter", StringComparison.Ordinal);
    var pass = !isNextReminder || allocated == 0;
    missed |= !pass;
    var figure = string.Create(CultureInfo.InvariantCulture, $"{mean:0} ns, {allocated} B allocated per call");
    rows.Add(string.Join('\t', $"micro: {name}", figure, "-", "-", isNextReminder ? "0 B allocated" : "(reported)", isNextReminder ? (pass ? "pass" : "FAIL") : "-"));
    Console.WriteLine($"{name}: {figure}");
}

if (summaryIndex >= 0 && summaryIndex + 1 < args.Length)
{
    await File.AppendAllLinesAsync(args[summaryIndex + 1], rows);
}

return missed ? 1 : 0;
