using System.Globalization;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bench;

/// <summary>
/// <c>webhook</c>: whole sessions posted to the real host's webhook (SQLite; and on PostgreSQL, when HIPKNEE_TEST_POSTGRES
/// is set, one instance and then two on one database) and, as the baseline, to a minimal echo bot, all against the fake
/// Bot API on loopback. Each system gets an open-loop run at a fixed rate and a closed-loop run as fast as it goes. The
/// ratio to the echo bot is reported, never judged: a durable path cannot come near a bot that stores nothing, and no
/// user needs it to (Telegram lets a bot send about 30 messages/s). The SQLite targets are absolute: updates/s and p99
/// at the fixed rate; on PostgreSQL, two instances' CPU per update within 1.3x of one instance's.
/// </summary>
public sealed class WebhookBenchmark : IBenchmark
{
    public const double TargetPerSecond = 1000;
    public static readonly TimeSpan TargetP99 = TimeSpan.FromMilliseconds(50);

    public string Verb => "webhook";

    public string Usage => "[--quick] [--users 1000] [--open-users 300] [--rate 200] [--providers Sqlite,Postgres]  sessions through the webhook vs an echo bot";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var results = await MeasureAsync(options);
        Print(results, options.Int("rate", 200), options.Quick);
        foreach (var run in results.Where(r => r.System != "echo bot"))
        {
            var baseline = Baseline(results, run);
            var sqlite = run.System == "HipKnee Sqlite";
            if (run.Mode == "max")
            {
                // --quick's closed loop lasts about a second, too short to judge a rate fairly: reported there, judged in the full run.
                var judged = sqlite && !options.Quick;
                SummaryRows.Add(options, $"webhook, max updates/s ({run.System})", SummaryRows.Format($"{run.PerSecond:0}/s"),
                    SummaryRows.Format($"{baseline?.PerSecond:0}/s (echo bot)"), run.Ratio(baseline),
                    judged ? $">= {TargetPerSecond:0}/s" : sqlite ? $"(reported; full run: >= {TargetPerSecond:0}/s)" : "(reported)",
                    judged ? run.PerSecond >= TargetPerSecond : null);
            }
            else
            {
                SummaryRows.Add(options, $"webhook, p50/p99 at {run.Mode} ({run.System})",
                    SummaryRows.Format($"{run.P50.TotalMilliseconds:0.0}/{run.P99.TotalMilliseconds:0.0} ms"),
                    SummaryRows.Format($"{baseline?.P50.TotalMilliseconds:0.0}/{baseline?.P99.TotalMilliseconds:0.0} ms (echo bot)"),
                    baseline is null ? "-" : SummaryRows.Format($"{run.P99 / baseline.P99:0.0} (p99)"),
                    sqlite ? $"p99 < {TargetP99.TotalMilliseconds:0} ms" : "(reported)", sqlite ? run.P99 < TargetP99 : null);
            }
        }

        WebhookScaleOut.AddRows(options, results);
        return Missed(results, options.Quick).Any() ? 1 : 0;
    }

    public static async Task<IReadOnlyList<WebhookRun>> MeasureAsync(BenchOptions options)
    {
        var users = options.Int("users", options.Quick ? 150 : 1000);
        var openUsers = options.Int("open-users", options.Quick ? 80 : 300);
        var rate = options.Int("rate", 200);
        var providers = options.Texts("providers", BenchDatabase.PostgresServer() is null ? ["Sqlite"] : ["Sqlite", "Postgres"]);
        var results = new List<WebhookRun>();
        results.AddRange(await RunSystemAsync(api => WebhookTarget.EchoAsync(api), users, openUsers, rate));
        foreach (var provider in providers)
        {
            foreach (var instances in WebhookScaleOut.InstanceCounts(provider))
            {
                using var db = BenchDatabase.Create(provider);
                results.AddRange(await RunSystemAsync(api => WebhookTarget.HipKneeAsync(api, db, instances), users, openUsers, rate));
            }
        }

        return results;
    }

    private static async Task<IReadOnlyList<WebhookRun>> RunSystemAsync(Func<FakeBotApi, Task<WebhookTarget>> start, int users, int openUsers, int rate)
    {
        await using var api = await FakeBotApi.StartAsync(BenchBot.Token);
        var replies = new ReplyWatch(api);
        await using var target = await start(api);
        using var driver = new WebhookDriver(target, replies, firstChatId: 10_000_000);
        Console.WriteLine($"webhook: {target.Name}: warm-up, {openUsers} users at {rate}/s, {users} users as fast as it goes ...");
        // Long enough for tiered compilation to settle: with 50 users the JIT was still recompiling hot EF Core code
        // during the measured runs (13% of the process's CPU in a perf profile of the max run).
        await driver.ClosedLoopAsync(Math.Min(200, users));
        var open = await driver.OpenLoopAsync(openUsers, rate);
        var max = await driver.ClosedLoopAsync(users);
        return [open, max];
    }

    public static IEnumerable<string> Missed(IReadOnlyList<WebhookRun> results, bool quick)
    {
        foreach (var run in results.Where(r => r.System == "HipKnee Sqlite"))
        {
            if (run.Mode == "max" && !quick && run.PerSecond < TargetPerSecond)
            {
                yield return $"SQLite throughput {run.PerSecond:0}/s (target >= {TargetPerSecond:0}/s)";
            }

            if (run.Mode != "max" && run.P99 >= TargetP99)
            {
                yield return $"SQLite p99 {run.P99.TotalMilliseconds:0} ms at {run.Mode} (target < {TargetP99.TotalMilliseconds:0} ms)";
            }
        }

        foreach (var run in results.Where(r => r.Refused > 0 || r.WrongReplyCount > 0))
        {
            yield return $"{run.System} {run.Mode}: {run.Refused} refused posts, {run.WrongReplyCount} users without one reply per update";
        }

        foreach (var miss in WebhookScaleOut.Missed(results))
        {
            yield return miss;
        }
    }

    public static WebhookRun? Baseline(IReadOnlyList<WebhookRun> results, WebhookRun run) =>
        results.FirstOrDefault(r => r.System == "echo bot" && r.Mode == run.Mode);

    public static void Print(IReadOnlyList<WebhookRun> results, int rate, bool quick)
    {
        Console.WriteLine();
        Console.WriteLine(WebhookRun.Header);
        foreach (var run in results)
        {
            Console.WriteLine(run.Row(Baseline(results, run)));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Each user: /train then done x8, one reply expected per update. {rate}/s: open loop, update k posted at k/{rate} s"));
        Console.WriteLine("whatever the replies do; max: closed loop, every user at once, each posting its next update when the last reply");
        Console.WriteLine("arrived. Latency: from starting the POST to the fake Bot API receiving the reply. span: first post to last reply.");
        Console.WriteLine("vs echo: updates/s against the echo bot's in the same mode (a plain Telegram.Bot + ASP.NET Core webhook that answers");
        Console.WriteLine("with one sendMessage, no database). HipKnee runs with MaxMessagesPerChatPerSecond=100 (as in the tests) and");
        Console.WriteLine("MaxMessagesPerSecond=10000 (the most the option allows) so that Telegram's real 30/s does not hide its own cost;");
        Console.WriteLine("on PostgreSQL one instance, then two sharing one database with the posts alternating between them. CPU/update: processor time of");
        Console.WriteLine("the whole process (driver, fake Bot API and bot, all in process) during the run, per update.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Targets (SQLite): p99 < {TargetP99.TotalMilliseconds:0} ms at {rate}/s; updates/s >= {TargetPerSecond:0} (max; judged in the full run only). vs echo: reported."));
        foreach (var line in WebhookScaleOut.Lines(results))
        {
            Console.WriteLine(line);
        }

        foreach (var miss in Missed(results, quick))
        {
            Console.WriteLine($"  missed: {miss}");
        }
    }
}
