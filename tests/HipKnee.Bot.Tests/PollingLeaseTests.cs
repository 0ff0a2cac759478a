using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;
using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Tests;

/// <summary>
/// Several instances on one database: only the lease holder polls getUpdates (and sends); the others stand by.
/// Each instance talks to its own fake Bot API here, so the test can tell which one polls.
/// </summary>
public sealed class PollingLeaseTests
{
    private const long Runner = 7007;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task Only_the_lease_holder_polls_and_a_standby_instance_takes_over_when_it_stops(string provider)
    {
        using var db = TestDatabases.Create(provider);
        var time = new FakeTimeProvider(Start);
        var watch = new LeaseWatch(time);
        await using var apiA = await FakeBotApi.StartAsync(BotTestHost.Token, time);
        await using var apiB = await FakeBotApi.StartAsync(BotTestHost.Token, time);
        var (logsA, logsB) = (new CapturingLoggerProvider(), new CapturingLoggerProvider());
        var first = await BotTestHost.StartAsync(apiA, db, time, logsA, ["--Polling:InstanceId=instance-a", LeaseWatch.DebugLogs]);
        await apiA.WaitForCallAsync("getUpdates", Waits.Long);
        await using var second = await BotTestHost.StartAsync(apiB, db, time, logsB, ["--Polling:InstanceId=instance-b", LeaseWatch.DebugLogs]);
        await LeaseWatch.StartedAsync(logsB);

        for (var check = 0; check < 4; check++)
        {
            await watch.AdvanceOneCheckAsync(logsA, logsB);
        }

        Assert.Empty(apiB.CallsTo("getUpdates"));
        Assert.False(LeaseWatch.Holds(logsB));

        var stoppedAt = time.GetUtcNow();
        await first.DisposeAsync();
        while (!LeaseWatch.Holds(logsB))
        {
            await watch.AdvanceOneCheckAsync(logsB);
        }

        await apiB.WaitForCallAsync("getUpdates", Waits.Long);
        Assert.InRange(time.GetUtcNow() - stoppedAt, TimeSpan.Zero, Lease);
        apiB.EnqueueText(Runner, "/train");
        await apiB.WaitForSentCountAsync(Runner, 1, Waits.Long);
        Assert.Empty(apiA.TextsSentTo(Runner));
    }

    /// <summary>
    /// Issue 14 item 4: expiry is compared on the database's clock. The survivor's own clock stepping hours ahead (NTP,
    /// an operator) does not make the dead holder's lease look expired; the lease running out on the database does.
    /// </summary>
    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task A_holder_that_died_is_replaced_once_its_lease_runs_out_on_the_database_clock_and_not_when_the_survivors_clock_steps_past_it(string provider)
    {
        using var db = TestDatabases.Create(provider);
        // The survivor's clock starts right, then steps past the lease's expiry (an hour from now) by its own reckoning.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var watch = new LeaseWatch(time);
        await LeaveLeasesOfACrashedInstanceAsync(db, DateTimeOffset.UtcNow + TimeSpan.FromHours(1));
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token, time);
        var logs = new CapturingLoggerProvider();
        await using var survivor = await BotTestHost.StartAsync(api, db, time, logs, ["--Polling:InstanceId=survivor", LeaseWatch.DebugLogs]);
        await LeaseWatch.StartedAsync(logs);

        time.Advance(TimeSpan.FromHours(2));
        for (var check = 0; check < 3; check++)
        {
            await watch.AdvanceOneCheckAsync(logs);
        }

        Assert.False(LeaseWatch.Holds(logs), "a step of the survivor's clock must not end another instance's lease");
        Assert.Empty(api.CallsTo("getUpdates"));

        await using (var store = db.Open())
        {
            // The dead holder's lease runs out, by the database's clock.
            await store.Leases.ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1)));
        }

        await watch.AdvanceOneCheckAsync(logs);
        Assert.True(LeaseWatch.Holds(logs), "the survivor should hold the lease at its first check after it ran out");
        await api.WaitForCallAsync("getUpdates", Waits.Long);
    }

    /// <summary>The rows a holder leaves behind when it is killed right after renewing: nobody releases them.</summary>
    private static async Task LeaveLeasesOfACrashedInstanceAsync(ITestDatabase db, DateTimeOffset expiresAt)
    {
        await using var store = db.Open();
        await store.Database.MigrateAsync();
        foreach (var name in new[] { TelegramPollingService.LeaseName, OutboxSender.LeaseName })
        {
            store.Leases.Add(new LeaseRecord { Name = name, HolderId = "crashed-instance", ExpiresAt = expiresAt });
        }

        await store.SaveChangesAsync();
    }
}
