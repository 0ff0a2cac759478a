using System.Diagnostics;
using System.Globalization;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bench;

/// <summary>
/// <c>memory</c>: working set and managed heap of the host with many stored users, before and after many users are in
/// the middle of a session (/train and one done each, through the polling intake). Reports bytes per active user beyond
/// that baseline: the host after a warm-up in which 200 other users did the same. The fake Bot API runs in the same process but keeps nothing per call, and the reply counter is
/// allocated before the baseline, so the growth is the bot's own.
/// </summary>
public sealed class MemoryBenchmark : IBenchmark
{
    public const double TargetBytes = 2048;
    private const int WarmUpUsers = 200;

    public string Verb => "memory";

    public string Usage => "[--quick] [--stored 1000000] [--active 10000] [--cache bench/.cache]  bytes per active user";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var result = await MeasureAsync(options);
        Console.WriteLine(result.Table());
        // Growth that does not scale with users (pools and caches filling under load) is spread over --quick's 2,000
        // users five times thinner than over the full run's 10,000 (quick read ~2,140 B where the full run read ~867 B):
        // quick reports its figure, only the full run's sizes judge the target.
        bool? pass = options.Quick ? null : result.HeapPerActive < TargetBytes;
        SummaryRows.Add(options, $"memory per user mid-session ({result.Active} active, {result.Stored} stored)",
            SummaryRows.Format($"{result.HeapPerActive:0} B heap, {result.WorkingSetPerActive:0} B working set"),
            SummaryRows.Format($"{result.Baseline.Heap / 1e6:0.0} MB heap, {result.Baseline.WorkingSet / 1e6:0} MB ws (warmed-up host)"), "-",
            pass is null ? $"(reported; full run: < {TargetBytes:0} B heap)" : $"< {TargetBytes:0} B heap", pass);
        return pass is false ? 1 : 0;
    }

    public static async Task<MemoryResult> MeasureAsync(BenchOptions options)
    {
        var stored = options.Int("stored", options.Quick ? 100_000 : 1_000_000);
        var active = options.Int("active", options.Quick ? 2_000 : 10_000);
        var cache = options.Text("cache", "");
        Console.WriteLine($"memory: {stored} stored users{(cache.Length > 0 && stored >= 1_000_000 ? $" (seeded file kept in {cache})" : "")}, {active} of them mid-session ...");
        using var db = BenchDatabase.Sqlite();
        await SeededFiles.PrepareAsync(db, stored, cache.Length > 0 && stored >= 1_000_000 ? cache : null);
        await using var api = await FakeBotApi.StartAsync(BenchBot.Token);
        var chats = Enumerable.Range(0, active).Select(k => HistorySeeder.ChatId((int)((long)k * stored / active))).ToArray();
        var warmUp = Enumerable.Range(0, WarmUpUsers).Select(k => HistorySeeder.ChatId((int)((long)k * stored / active) + 1)).ToArray();
        var firstChat = chats[0];
        var span = chats[^1] - firstChat + 1;
        var replies = new int[span];
        api.ObserveCalls(call =>
        {
            if (ReplyWatch.IsReply(call) && call.ChatId is { } chat && chat - firstChat is var at && at >= 0 && at < span)
            {
                Interlocked.Increment(ref replies[at]);
            }
        }, keepCalls: false);
        await using var host = await BenchBot.BuildAsync(BenchBot.Arguments(db, api.BaseUrl, "--Telegram:MaxMessagesPerChatPerSecond=100", "--Telegram:MaxMessagesPerSecond=10000"));
        await host.StartAsync();
        // The baseline is a host that has done this work before, for a few users: its queries compiled, its pools filled.
        await MidSessionAsync(api, warmUp, replies, firstChat, TimeSpan.FromSeconds(60));
        var baseline = Snapshot();

        var clock = Stopwatch.StartNew();
        await MidSessionAsync(api, chats, replies, firstChat, TimeSpan.FromSeconds(options.Int("timeout", 300)));
        var load = clock.Elapsed;
        var loaded = Snapshot();
        GC.KeepAlive(replies);
        await host.StopAsync();
        return new MemoryResult(stored, active, load, baseline, loaded);
    }

    /// <summary>Each user sends /train and done through getUpdates; returns once every one of them got both replies.</summary>
    private static async Task MidSessionAsync(FakeBotApi api, long[] chats, int[] replies, long firstChat, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        foreach (var chat in chats)
        {
            api.EnqueueText(chat, "/train");
            api.EnqueueText(chat, "done");
        }

        while (chats.Any(chat => Volatile.Read(ref replies[chat - firstChat]) < 2))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException("Not every user got both replies in time.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>After full, compacting collections: live managed bytes and the process's resident memory.</summary>
    private static (long Heap, long WorkingSet) Snapshot()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}

public sealed record MemoryResult(int Stored, int Active, TimeSpan Load, (long Heap, long WorkingSet) Baseline, (long Heap, long WorkingSet) Loaded)
{
    public double HeapPerActive => (double)(Loaded.Heap - Baseline.Heap) / Active;

    public double WorkingSetPerActive => (double)(Loaded.WorkingSet - Baseline.WorkingSet) / Active;

    public string Table() => string.Create(CultureInfo.InvariantCulture, $"""

        | measure        | baseline (warmed up) | {Active} users mid-session | per active user |
        |----------------|----------------------|------------------------|-----------------|
        | managed heap   | {Baseline.Heap / 1e6,17:0.0} MB | {Loaded.Heap / 1e6,19:0.0} MB | {HeapPerActive,11:0} bytes |
        | working set    | {Baseline.WorkingSet / 1e6,17:0.0} MB | {Loaded.WorkingSet / 1e6,19:0.0} MB | {WorkingSetPerActive,11:0} bytes |

        {Stored} stored users with history; after a warm-up with 200 others (the baseline), {Active} of them sent /train and done through the polling intake (took {Load.TotalSeconds:0.0} s)
        and got both replies. Managed heap: live bytes after full compacting collections; working set: resident memory of the
        whole process (bot, fake Bot API and driver; SQLite's page cache included). Target: < {MemoryBenchmark.TargetBytes:0} bytes of managed heap per active user.
        """);
}
