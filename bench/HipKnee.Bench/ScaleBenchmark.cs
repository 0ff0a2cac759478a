using System.Globalization;

namespace HipKnee.Bench;

/// <summary>
/// <c>scale</c>: the cost of one update as the user base grows. Prints mean and p99 handling time at each size and, once,
/// the SQL of the hot path with SQLite's query plans.
/// </summary>
public sealed class ScaleBenchmark : IBenchmark
{
    public const double TargetGrowth = 1.2;

    public string Verb => "scale";

    public string Usage => "[--quick] [--users 1000,100000,1000000] [--active 1000] [--cache bench/.cache]  per-update cost vs stored users";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var results = await MeasureAsync(options);
        if (options.Text("one", "") == "yes")
        {
            return 0;
        }

        Print(results);
        foreach (var result in results)
        {
            SummaryRows.Add(options, $"per update, {result.Users} stored users", SummaryRows.Format($"mean {result.Mean.TotalMilliseconds:0.00} ms, p99 {result.P99.TotalMilliseconds:0.00} ms"),
                "-", SummaryRows.Format($"{result.Mean / results[0].Mean:0.00} of {results[0].Users}"), "(reported)", null);
        }

        SummaryRows.Add(options, $"per-update mean, {results[^1].Users} vs {results[0].Users} users", SummaryRows.Format($"{results[^1].Mean.TotalMilliseconds:0.00} ms"),
            SummaryRows.Format($"{results[0].Mean.TotalMilliseconds:0.00} ms ({results[0].Users} users)"), SummaryRows.Format($"{results[^1].Mean / results[0].Mean:0.00}"),
            $"<= {TargetGrowth}", Missed(results) is null);
        return Missed(results) is null ? 0 : 1;
    }

    public static async Task<IReadOnlyList<ScaleResult>> MeasureAsync(BenchOptions options)
    {
        var sizes = options.Ints("users", options.Quick ? [1_000, 20_000] : [1_000, 100_000, 1_000_000]);
        var active = options.Int("active", options.Quick ? 100 : 1_000);
        var cache = options.Text("cache", "");
        if (options.Text("one", "") == "yes")
        {
            // In a child process: one size, after a throwaway round as long as a measured one.
            await ScaleRun.RunAsync(1_000, Math.Min(active, 900), null, null);
            var users = sizes.Single();
            var useCache = cache.Length > 0 && users >= 1_000_000;
            var capture = options.Text("plans", "") == "yes" ? new SqlCapture() : null;
            var result = await ScaleRun.RunAsync(users, active, useCache ? cache : null, capture);
            Console.WriteLine(result.ToLine());
            return [result];
        }

        // Each size in a process of its own: JIT tiering and dynamic PGO go on improving the code for thousands of calls,
        // and in one process every size measured ran faster than the one before it, whatever its size.
        var results = new List<ScaleResult>();
        foreach (var users in sizes)
        {
            var useCache = cache.Length > 0 && users >= 1_000_000;
            Console.WriteLine($"scale: {users} users with history{(useCache ? $" (seeded file kept in {cache})" : "")}, {active * ScaleRun.UpdatesPerUser} updates from {active} of them, in a fresh process after a warm-up round ...");
            string[] args = ["scale", "--one", "yes", "--users", users.ToString(CultureInfo.InvariantCulture), "--active", active.ToString(CultureInfo.InvariantCulture),
                "--plans", users == sizes.Max() ? "yes" : "no", .. useCache ? new[] { "--cache", cache } : []];
            results.Add(await RunChildAsync(args));
        }

        return results;
    }

    private static async Task<ScaleResult> RunChildAsync(string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        info.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        foreach (var argument in args)
        {
            info.ArgumentList.Add(argument);
        }

        using var child = System.Diagnostics.Process.Start(info)!;
        ScaleResult? result = null;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (ScaleResult.FromLine(line) is { } parsed)
            {
                result = parsed;
            }
            else if (!line.StartsWith('|') && !line.StartsWith("Each size", StringComparison.Ordinal))
            {
                Console.WriteLine(line);
            }
        }

        await child.WaitForExitAsync();
        return result ?? throw new InvalidOperationException($"The scale run {string.Join(' ', args)} printed no result (exit code {child.ExitCode}).");
    }

    public static string? Missed(IReadOnlyList<ScaleResult> results)
    {
        var (first, last) = (results[0], results[^1]);
        var growth = last.Mean / first.Mean;
        return growth <= TargetGrowth ? null : string.Create(CultureInfo.InvariantCulture, $"mean at {last.Users} users is {growth:0.00}x the {first.Users}-user figure (target <= {TargetGrowth})");
    }

    public static void Print(IReadOnlyList<ScaleResult> results)
    {
        Console.WriteLine(ScaleResult.Header);
        foreach (var result in results)
        {
            Console.WriteLine(result.Row(results[0]));
        }

        Console.WriteLine();
        Console.WriteLine("Each size: a fresh SQLite file with that many users and their history (user i: i % 3 past sessions of 8 sets, every");
        Console.WriteLine("fifth a declined day, 2 sent replies and 2 processed update ids each; no pain log table exists yet), the host started");
        Console.WriteLine($"against the fake Bot API (its sender delivering the replies meanwhile), then {ScaleRun.UpdatesPerUser} updates per active user (/train, done x8, /help)");
        Console.WriteLine("from users spread over the table, 4 users at a time, each update read from JSON, mapped and handled by the pipeline");
        Console.WriteLine($"(own scope and transaction). mean/p99: time per update. Target: mean at the largest size <= {TargetGrowth}x the smallest's.");
        if (Missed(results) is { } miss)
        {
            Console.WriteLine($"  missed: {miss}");
        }
    }
}
