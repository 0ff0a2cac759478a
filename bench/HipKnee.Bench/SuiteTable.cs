using System.Globalization;
using System.Text;

namespace HipKnee.Bench;

/// <summary>
/// <c>table</c>: the suite's one table from the rows the benchmarks added (bench/run.sh), printed and written as markdown
/// with the machine's core count, load and the date.
/// </summary>
public sealed class SuiteTable : IBenchmark
{
    public string Verb => "table";

    public string Usage => "--summary <rows file> [--out bench/results/latest.md] [--quick] [--started <load>]  the suite's table";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var rows = (await File.ReadAllLinesAsync(options.Text("summary", "")))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# HipKnee benchmarks{(options.Quick ? " (--quick)" : "")}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {options.Text("started", "?")} at the start and {LoadAverage()} at the end (other work on the machine slows every figure).");
        text.AppendLine();
        text.AppendLine("| benchmark | HipKnee | baseline | ratio | target | pass/fail |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row.Select(cell => cell.Replace("|", "/", StringComparison.Ordinal))) + " |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{rows.Count(r => r[^1] == "pass")} passed, {rows.Count(r => r[^1] == "FAIL")} failed");
        Console.WriteLine();
        Console.Write(text);
        var output = options.Text("out", "");
        if (output.Length > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, text.ToString());
            Console.WriteLine($"(written to {output})");
        }

        return rows.Any(r => r[^1] == "FAIL") ? 1 : 0;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
