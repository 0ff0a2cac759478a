using HipKnee.Bot.Persistence;
using HipKnee.Bot.Scheduling;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests;

/// <summary>Old bookkeeping rows go, users' own records and anything still pending stay; on a real SQLite file and a fake clock.</summary>
public sealed class RetentionTests : FakeApiTest
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Processed_update_ids_older_than_the_retention_are_deleted_and_newer_ones_kept()
    {
        var time = new FakeTimeProvider(Now);
        await using var host = await BotTestHost.StartAsync(Api, Db, time, services: BotTestHost.WithoutScheduler);
        await using (var db = Db.Open())
        {
            db.ProcessedUpdates.AddRange(
                new ProcessedUpdate { UpdateId = 1, ProcessedAt = Now.AddDays(-30) },
                new ProcessedUpdate { UpdateId = 2, ProcessedAt = Now.AddDays(-7).AddMinutes(-1) },
                new ProcessedUpdate { UpdateId = 3, ProcessedAt = Now.AddDays(-7).AddMinutes(1) },
                new ProcessedUpdate { UpdateId = 4, ProcessedAt = Now.AddHours(-1) });
            await db.SaveChangesAsync();
        }

        var (updates, outbox) = await host.Services.GetRequiredService<RetentionCleanup>().CleanAsync(CancellationToken.None);

        Assert.Equal((2, 0), (updates, outbox));
        await using var check = Db.Open();
        Assert.Equal([3L, 4L], await check.ProcessedUpdates.OrderBy(p => p.UpdateId).Select(p => p.UpdateId).ToListAsync());
    }

    [Fact]
    public async Task Finished_outbox_messages_past_the_retention_are_deleted_but_pending_ones_never()
    {
        var time = new FakeTimeProvider(Now);
        await using var host = await BotTestHost.StartAsync(Api, Db, time, settings: ["--Retention:OutboxDays=10"], services: BotTestHost.WithoutScheduler);
        await using (var db = Db.Open())
        {
            var old = Now.AddDays(-11);
            db.Outbox.AddRange(
                Message("old sent", OutboxStatus.Sent, old),
                Message("old failed", OutboxStatus.Failed, old),
                Message("old dropped", OutboxStatus.Dropped, old),
                // Waiting for its next attempt, so the running sender leaves it pending during the test.
                Message("old pending", OutboxStatus.Pending, old, nextAttemptAt: Now.AddDays(1)),
                Message("recent sent", OutboxStatus.Sent, Now.AddDays(-9)));
            await db.SaveChangesAsync();
        }

        var (_, outbox) = await host.Services.GetRequiredService<RetentionCleanup>().CleanAsync(CancellationToken.None);

        Assert.Equal(3, outbox);
        await using var check = Db.Open();
        Assert.Equal(["old pending", "recent sent"], await check.Outbox.OrderBy(m => m.Id).Select(m => m.Text!).ToListAsync());
    }

    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task A_backlog_larger_than_one_batch_is_deleted_completely_and_users_records_stay(string provider)
    {
        using var store = TestDatabases.Create(provider);
        var time = new FakeTimeProvider(Now);
        await using var host = await BotTestHost.StartAsync(Api, store, time, services: BotTestHost.WithoutScheduler);
        var backlog = RetentionCleanup.BatchSize * 2 + 7;
        await using (var db = store.Open())
        {
            db.ProcessedUpdates.AddRange(Enumerable.Range(1, backlog).Select(id => new ProcessedUpdate { UpdateId = id, ProcessedAt = Now.AddDays(-8) }));
            db.Users.Add(new UserRecord { ChatId = 77, CreatedAt = Now.AddDays(-400), UpdatedAt = Now.AddDays(-400) });
            db.Sessions.Add(new SessionRecord { ChatId = 77, Number = 1, StartedAt = Now.AddDays(-400), EndedAt = Now.AddDays(-400), Outcome = 1 });
            await db.SaveChangesAsync();
        }

        var (updates, _) = await host.Services.GetRequiredService<RetentionCleanup>().CleanAsync(CancellationToken.None);

        Assert.Equal(backlog, updates);
        await using var check = store.Open();
        Assert.Equal(0, await check.ProcessedUpdates.CountAsync());
        Assert.Equal(1, await check.Sessions.CountAsync(s => s.ChatId == 77));
    }

    [Theory]
    [InlineData("--Retention:ProcessedUpdatesDays=0", "Retention:ProcessedUpdatesDays must be between 1 and 3650 days (got '0').")]
    [InlineData("--Retention:OutboxDays=-1", "Retention:OutboxDays must be between 1 and 3650 days (got '-1').")]
    [InlineData("--Retention:CleanupCron=hourly", "Retention:CleanupCron must be a Quartz cron expression")]
    public async Task A_bad_retention_setting_stops_the_bot_at_start_naming_the_key(string setting, string expected)
    {
        var started = BotTestHost.StartAsync(Api, Db, settings: [setting]);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => started);
        Assert.Contains(expected, error.Message);
    }

    private static OutboxMessage Message(string text, OutboxStatus status, DateTimeOffset createdAt, DateTimeOffset? nextAttemptAt = null) => new()
    {
        ChatId = 1, Kind = OutboxKind.Message, Text = text, Status = status, CreatedAt = createdAt, NextAttemptAt = nextAttemptAt ?? createdAt,
    };
}
