using System.Diagnostics;
using HipKnee.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bench;

/// <summary>
/// One size: <c>users</c> users with history in a SQLite file, the real host started against the fake Bot API (its
/// sender delivering the replies meanwhile), then updates from a spread-out set of active users through the in-process
/// intake (an Update read from JSON, mapped, handled by the pipeline), each call timed.
/// </summary>
public static class ScaleRun
{
    /// <summary>One user's updates: a whole session and a question afterwards.</summary>
    private static readonly string[] UserUpdates = ["/train", "done", "done", "done", "done", "done", "done", "done", "done", "/help"];
    private const int Workers = 4;

    public static int UpdatesPerUser => UserUpdates.Length;

    public static async Task<ScaleResult> RunAsync(int users, int activeUsers, string? cacheDirectory, SqlCapture? capture)
    {
        using var db = BenchDatabase.Sqlite();
        var seed = await SeededFiles.PrepareAsync(db, users, cacheDirectory);
        await using var api = await FakeBotApi.StartAsync(BenchBot.Token);
        await using var host = await BenchBot.BuildAsync(BenchBot.Arguments(db, api.BaseUrl), services =>
        {
            if (capture is not null)
            {
                BenchBot.Intercept(services, capture);
            }
        });
        await host.StartAsync();
        var driver = new PipelineDriver(host.Services);
        Task<TimeSpan> HandleAsync(long chat, string text) => driver.HandleAsync(chat, text);

        // Warm-up on users outside the measured set, so JIT and pools are ready.
        for (var i = 0; i < 20; i++)
        {
            foreach (var text in UserUpdates)
            {
                await HandleAsync(HistorySeeder.ChatId(users - 1 - i), text);
            }
        }

        var active = Enumerable.Range(0, activeUsers).Select(k => HistorySeeder.ChatId((int)((long)k * (users - 20) / activeUsers))).ToArray();
        if (capture is not null)
        {
            SqlCapture.Capturing = true;
            await HandleAsync(active[0], UserUpdates[0]);
            await HandleAsync(active[0], UserUpdates[1]);
            SqlCapture.Capturing = false;
            active = active[1..];
        }

        var times = new List<TimeSpan>();
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            var mine = new List<TimeSpan>();
            for (var k = Interlocked.Increment(ref next); k < active.Length; k = Interlocked.Increment(ref next))
            {
                foreach (var text in UserUpdates)
                {
                    mine.Add(await HandleAsync(active[k], text));
                }
            }

            lock (times)
            {
                times.AddRange(mine);
            }
        })));
        wall.Stop();
        await host.StopAsync();
        if (capture is not null)
        {
            Console.WriteLine($"The hot path's statements at {users} users (a /train, then a done), with EXPLAIN QUERY PLAN:");
            await QueryPlans.PrintAsync(db.SqlitePath!, capture.Statements);
            Console.WriteLine();
        }

        return ScaleResult.From(users, active.Length, seed, times, wall.Elapsed, db.SizeInBytes());
    }
}
