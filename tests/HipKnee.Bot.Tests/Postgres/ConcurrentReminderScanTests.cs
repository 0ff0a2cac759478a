using HipKnee.Bot.Scheduling;
using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bot.Tests.Postgres;

public sealed class ConcurrentReminderScanTests
{
    private const int Runners = 12;
    private const long FirstRunner = 8000;
    private static readonly DateTimeOffset Sunday = new(2026, 1, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Monday0630Utc = new(2026, 1, 5, 6, 30, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Two_instances_scanning_the_same_moment_nudge_each_due_user_exactly_once()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        var time = new FakeTimeProvider(Sunday);
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token, time);
        await using var first = await StartWithoutSchedulerAsync(api, db, time, "first");
        await using var second = await StartWithoutSchedulerAsync(api, db, time, "second");
        var runners = Enumerable.Range(0, Runners).Select(i => FirstRunner + i).ToArray();
        foreach (var runner in runners)
        {
            api.EnqueueText(runner, "/schedule mon wed fri 07:30");
            api.EnqueueText(runner, "/timezone Europe/Berlin");
        }

        await Waits.UntilAsync(() => DueUsers(db) == Runners, $"{Runners} runners with a Monday 07:30 Berlin reminder");

        time.SetUtcNow(Monday0630Utc);
        var handled = await Task.WhenAll(new[] { first, second, first, second }.Select(Scan));

        Assert.Equal(Runners, handled.Sum());
        foreach (var runner in runners)
        {
            await api.WaitForCallAsync(c => c.ChatId == runner && c.Text?.StartsWith("It's training day", StringComparison.Ordinal) == true, Waits.Long);
        }

        await using var store = db.Open();
        var nudges = await store.Outbox.Where(m => m.Text!.StartsWith("It's training day")).GroupBy(m => m.ChatId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Enumerable.Repeat(1, Runners), nudges);
        Assert.Equal(Runners, api.CallsTo("sendMessage").Count(c => !c.Failed && c.Text!.StartsWith("It's training day", StringComparison.Ordinal)));
    }

    private static Task<int> Scan(BotTestHost host) => host.Services.GetRequiredService<ReminderScanner>().ScanAsync(CancellationToken.None);

    private static int DueUsers(ITestDatabase db)
    {
        using var store = db.Open();
        return store.Users.Count(u => u.NextNudgeAt == Monday0630Utc);
    }

    /// <summary>The scheduler stays stopped so that only the test's scans run, both at the same moment.</summary>
    private static Task<BotTestHost> StartWithoutSchedulerAsync(FakeBotApi api, ITestDatabase db, TimeProvider time, string instance) =>
        BotTestHost.StartAsync(api, db, time, settings: [$"--Polling:InstanceId={instance}"], services: BotTestHost.WithoutScheduler);
}
