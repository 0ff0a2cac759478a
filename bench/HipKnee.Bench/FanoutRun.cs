using System.Diagnostics;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Scheduling;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bench;

/// <summary>
/// One run: <c>users</c> runners bulk-seeded with a reminder due in the same minute, the real host (polling, SQLite)
/// against the fake Bot API at the given global rate, the reminder scan run at that minute, and meanwhile a runner
/// typing /train every few seconds — alternately one with nothing pending and one whose reminder is still queued.
/// The coach runs on a fake clock parked at the due minute; the sender and every measurement use the wall clock.
/// </summary>
public static class FanoutRun
{
    private const long IdleProbes = 900_000_000;
    private const long WarmUpChat = 899_999_999;
    private const int MaxIdleProbes = 1000;

    /// <param name="early">With <c>Reminders:StartFanOutsEarly</c>: the scan runs ahead of the due minute by the lead it should
    /// pick (half the fan-out's length), and lateness is measured from the due minute.</param>
    public static async Task<FanoutResult> RunAsync(int rate, int users, TimeSpan probeEvery, bool early)
    {
        var lead = early ? TimeSpan.FromSeconds(Math.Min(ReminderScanner.MaxLead.TotalSeconds, Math.Floor(users / (2.0 * rate)))) : TimeSpan.Zero;
        string[] settings = early ? ["--Reminders:StartFanOutsEarly=true"] : [];
        using var db = BenchDatabase.Sqlite();
        await using var api = await FakeBotApi.StartAsync(BenchBot.Token);
        var watch = new FanoutWatch(api);
        var due = SeedUsers.MondayReminder;
        var time = new FakeTimeProvider(due.AddMinutes(-1));
        await using var host = await BenchBot.BuildAsync(
            BenchBot.Arguments(db, api.BaseUrl, [$"--Telegram:MaxMessagesPerSecond={rate}", "--Reminders:TimerTickMilliseconds=0", .. settings]),
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                // The bench runs the scan itself, at the due minute.
                services.ConfigureAll<QuartzHostedServiceOptions>(o => o.AutoStart = false);
            });
        await DueUsersSeed.AddAsync(db, users, IdleProbes, MaxIdleProbes, due, time.GetUtcNow());
        await host.StartAsync();
        await WarmUpAsync(api, watch);

        time.SetUtcNow(due - lead);
        var start = Stopwatch.GetTimestamp();
        var scan = host.Services.GetRequiredService<ReminderScanner>().ScanAsync(CancellationToken.None);
        var dueProbes = await ProbeAsync(api, watch, rate, users, probeEvery, start);
        await scan;
        var dropped = await WaitForAllAsync(db, watch, TimeSpan.FromSeconds((2.0 * users / rate) + 120));
        await host.StopAsync();
        return Measure(watch, rate, users, dueProbes, dropped, start, lead);
    }

    private static async Task WarmUpAsync(FakeBotApi api, FanoutWatch watch)
    {
        watch.Typed(WarmUpChat);
        api.EnqueueText(WarmUpChat, "/help");
        for (var waited = Stopwatch.StartNew(); !watch.AllProbesAnswered; await Task.Delay(20))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("The bot did not answer the warm-up message within 60 s.");
            }
        }
    }

    /// <summary>Probes from +2 s until 90 % of the fan-out's expected length; returns the due runners among them.</summary>
    private static async Task<HashSet<long>> ProbeAsync(FakeBotApi api, FanoutWatch watch, int rate, int users, TimeSpan every, long start)
    {
        var dueProbes = new HashSet<long>();
        var end = TimeSpan.FromSeconds(0.9 * users / rate);
        var n = 0;
        for (var at = TimeSpan.FromSeconds(2); at < end; at += every, n++)
        {
            var wait = at - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            // Every other probe is a due runner halfway down what is still queued: their reminder has not gone yet.
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var chat = n % 2 == 0
                ? IdleProbes + (n / 2 % MaxIdleProbes)
                : SeedUsers.FirstChatId + (long)Math.Min(users - 1, (rate * seconds / 2) + (users / 2.0));
            if (n % 2 == 1 && !dueProbes.Add(chat))
            {
                continue;
            }

            watch.Typed(chat);
            api.EnqueueText(chat, "/train");
        }

        return dueProbes;
    }

    /// <summary>
    /// Waits until the outbox has nothing pending and every probe has its reply; returns the reminders dropped. (A due
    /// runner who wrote before the scan reached them gets no reminder at all: they have started that day's session.)
    /// </summary>
    private static async Task<int> WaitForAllAsync(BenchDatabase db, FanoutWatch watch, TimeSpan timeout)
    {
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(500))
        {
            await using var context = db.Open();
            var dropped = await context.Outbox.CountAsync(m => m.Topic == OutboxTopic.Reminder && m.Status == OutboxStatus.Dropped);
            if (watch.AllProbesAnswered && !await context.Outbox.AnyAsync(m => m.Status == OutboxStatus.Pending))
            {
                return dropped;
            }

            if (waited.Elapsed > timeout)
            {
                Console.WriteLine($"  timed out: {watch.Reminders} reminders sent, {dropped} dropped, probes answered: {watch.AllProbesAnswered}");
                return dropped;
            }
        }
    }

    private static FanoutResult Measure(FanoutWatch watch, int rate, int users, HashSet<long> dueProbes, int dropped, long start, TimeSpan lead)
    {
        var arrivals = watch.ReminderArrivals().Order().ToList();
        double Since(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalSeconds;
        var span = arrivals.Count > 1 ? Since(arrivals[0], arrivals[^1]) : double.NaN;
        var lateness = arrivals.Select(a => Since(start, a) - lead.TotalSeconds).ToList();
        var notOnce = Enumerable.Range(0, users).Select(i => SeedUsers.FirstChatId + i)
            .Count(chat => dueProbes.Contains(chat) ? watch.RemindersTo(chat) > 1 : watch.RemindersTo(chat) != 1);
        var probes = watch.Probes().Where(p => p.Chat != WarmUpChat).ToList();
        var replies = probes.Select(p => p.Answered is { } answered ? Since(p.Typed, answered) : double.PositiveInfinity).ToList();
        var last = arrivals.Count > 0 ? arrivals[^1] : start;
        // Main's sender took each chat's oldest message in id order: a reply written during the fan-out came after all of it.
        var fifo = probes.Select(p => Math.Max(0, Since(p.Typed, last))).ToList();
        return new FanoutResult(rate, users, arrivals.Count, notOnce, dropped, span, arrivals.Count > 1 ? (arrivals.Count - 1) / span : double.NaN,
            FanoutResult.Percentile(lateness, 0.5), FanoutResult.Percentile(lateness, 0.95), probes.Count,
            FanoutResult.Percentile(replies, 0.5), FanoutResult.Percentile(replies, 0.99),
            FanoutResult.Percentile(fifo, 0.5), FanoutResult.Percentile(fifo, 0.99), lead.TotalSeconds);
    }
}
