using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Bot.Telegram;
using HipKnee.Bot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using HipKnee.Bot.Inbox;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests;

/// <summary>What a user leaves behind beyond their own records: leases, unhandled updates, sent files, odd language tags.</summary>
public sealed class PrivacyLeftoversTests
{
    private const long Other = 7007;
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Delete_removes_the_chats_lease_and_its_unhandled_webhook_updates_but_not_anyone_elses()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await using (var seed = scenario.OpenDatabase())
        {
            // Polling mode: no inbox processor runs, so these rows stay until something deletes them.
            seed.Inbox.AddRange(Inbox(900_001, ReminderScenario.Runner), Inbox(900_002, Other));
            seed.Leases.AddRange(Lease(ReminderScenario.Runner), Lease(Other));
            await seed.SaveChangesAsync();
        }

        Assert.Contains("can't be undone", await scenario.SayAsync("/deletemydata"));
        await scenario.PressAsync("del:y");

        await using var db = scenario.OpenDatabase();
        Assert.Equal([Other], await db.Inbox.Select(i => i.ChatId).ToListAsync());
        Assert.Equal([ChatLeaseStore.Name(Other)], await db.Leases.Where(l => l.Name.StartsWith(ChatLeaseStore.NamePrefix)).Select(l => l.Name).ToListAsync());
    }

    [Fact]
    public async Task A_sent_export_keeps_no_copy_of_the_file_in_the_outbox()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainFullyAsync(ReminderScenario.Runner);

        scenario.Api.EnqueueText(ReminderScenario.Runner, "/export");
        await scenario.Api.WaitForCallAsync("sendDocument", Waits.Long);

        await Waits.UntilAsync(async () =>
        {
            await using var db = scenario.OpenDatabase();
            return await db.Outbox.AnyAsync(m => m.Kind == OutboxKind.Document)
                   && await db.Outbox.Where(m => m.Kind == OutboxKind.Document).AllAsync(m => m.Status == OutboxStatus.Sent);
        }, "the export documents to be recorded as sent");
        await using var check = scenario.OpenDatabase();
        Assert.All(await check.Outbox.Where(m => m.Kind == OutboxKind.Document).ToListAsync(), m => Assert.Null(m.Payload));
    }

    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task A_language_code_longer_than_its_column_is_cut_not_an_error(string provider)
    {
        using var db = TestDatabases.Create(provider);
        await using var api = await HipKnee.Testing.Fakes.FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, db);
        var tag = "en-GB-x-" + new string('a', 60);

        api.EnqueueText(ReminderScenario.Runner, "/start", languageCode: tag);
        await api.WaitForSentCountAsync(ReminderScenario.Runner, 1, Waits.Long);

        await using var check = db.Open();
        var stored = await check.Users.Where(u => u.ChatId == ReminderScenario.Runner).Select(u => u.LanguageCode).SingleAsync();
        Assert.Equal(tag[..UserRecord.LanguageCodeMaxLength], stored);
    }

    [Fact]
    public async Task Retention_deletes_chat_leases_idle_for_an_hour_and_keeps_recent_ones_and_role_leases()
    {
        var now = Start.AddDays(1);
        using var database = new TestDatabase();
        await using var api = await HipKnee.Testing.Fakes.FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, database, new FakeTimeProvider(now), services: BotTestHost.WithoutScheduler);
        await using (var seed = database.Open())
        {
            seed.Leases.AddRange(
                new LeaseRecord { Name = ChatLeaseStore.Name(1), HolderId = "gone", ExpiresAt = now.AddHours(-2) },
                new LeaseRecord { Name = ChatLeaseStore.Name(2), HolderId = "gone", ExpiresAt = now.AddMinutes(-59) },
                new LeaseRecord { Name = "some-role", HolderId = "gone", ExpiresAt = now.AddDays(-30) });
            await seed.SaveChangesAsync();
        }

        await host.Services.GetRequiredService<RetentionCleanup>().CleanAsync(CancellationToken.None);

        await using var check = database.Open();
        var left = await check.Leases.Select(l => l.Name).ToListAsync();
        Assert.DoesNotContain(ChatLeaseStore.Name(1), left);
        Assert.Contains(ChatLeaseStore.Name(2), left);
        Assert.Contains("some-role", left);
    }

    private static InboxUpdate Inbox(long updateId, long chatId) =>
        new() { UpdateId = updateId, ChatId = chatId, Json = "{}", ReceivedAt = Start };

    private static LeaseRecord Lease(long chatId) =>
        new() { Name = ChatLeaseStore.Name(chatId), HolderId = "another-instance", ExpiresAt = Start.AddSeconds(-1) };
}
