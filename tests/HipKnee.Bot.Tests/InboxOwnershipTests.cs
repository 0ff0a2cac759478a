using System.Net;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Inbox;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Tests;

/// <summary>
/// Issue 16 item 7: on PostgreSQL each webhook instance handles the inbox rows it stored, and another instance's rows
/// only once that instance's liveness lease has run out (on the database's clock, so the tests end it there).
/// </summary>
public sealed class InboxOwnershipTests
{
    private const long Abandoned = 9101;
    private const long Bystander = 9102;

    [SkippableFact]
    public async Task Each_of_two_hosts_on_one_database_handles_the_updates_it_received()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var first = await BotTestHost.StartAsync(api, db, settings: [.. WebhookPoster.WebhookSettings, "--Polling:InstanceId=web-a"]);
        await using var second = await BotTestHost.StartAsync(api, db, settings: [.. WebhookPoster.WebhookSettings, "--Polling:InstanceId=web-b"]);
        using var postA = new WebhookPoster(first, WebhookPoster.Secret);
        using var postB = new WebhookPoster(second, WebhookPoster.Secret);

        for (var chat = 0; chat < 6; chat++)
        {
            var poster = chat % 2 == 0 ? postA : postB;
            Assert.Equal(HttpStatusCode.OK, await poster.PostAsync(WebhookPoster.TextUpdate(700 + chat, 7000 + chat, "/train")));
        }

        for (var chat = 0; chat < 6; chat++)
        {
            await api.WaitForSentCountAsync(7000 + chat, 1, Waits.Long);
        }

        await using var store = db.Open();
        // A chat lease keeps its last holder's name after release: the instance that handled the chat.
        var handlers = await store.Leases.Where(l => l.Name.StartsWith(ChatLeaseStore.NamePrefix)).ToDictionaryAsync(l => l.Name, l => l.HolderId);
        for (var chat = 0; chat < 6; chat++)
        {
            Assert.Equal(chat % 2 == 0 ? "web-a" : "web-b", handlers[ChatLeaseStore.Name(7000 + chat)]);
        }
    }

    [SkippableFact]
    public async Task A_killed_hosts_rows_wait_for_its_lease_to_run_out_then_are_handled_once_and_in_order_by_the_survivor()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var survivor = await BotTestHost.StartAsync(api, db, settings: [.. WebhookPoster.WebhookSettings, "--Polling:InstanceId=web-b"]);
        // The survivor sends the replies: the killed host must not take the sender's lease with it.
        await Waits.UntilAsync(() => HoldsAsync(db, OutboxSender.LeaseName, "web-b"), "the survivor to hold the sender's lease");
        var killed = await BotTestHost.StartAsync(api, db, settings: [.. WebhookPoster.WebhookSettings, "--Polling:InstanceId=web-a"]);
        using var post = new WebhookPoster(survivor, WebhookPoster.Secret);
        // Killed without a clean stop: its liveness lease is not released and runs on.
        await killed.DisposeWithoutStoppingAsync();
        // What it had stored and acknowledged just before: a session start and two sets, never handled.
        await StoreAsync(db, "web-a", (101, "/train"), (102, "done"), (103, "done"));
        // The same chat's next update reaches the survivor: it must wait behind the dead host's rows.
        Assert.Equal(HttpStatusCode.OK, await post.PostAsync(WebhookPoster.TextUpdate(104, Abandoned, "done")));

        // Two of its own updates, one after the other, prove the survivor made whole passes meanwhile.
        await HandledBySurvivorAsync(api, post, 105, "/train", 1);
        await HandledBySurvivorAsync(api, post, 106, "done", 2);
        Assert.Empty(api.TextsSentTo(Abandoned));
        await using (var store = db.Open())
        {
            Assert.Equal([101, 102, 103, 104], await store.Inbox.OrderBy(i => i.UpdateId).Select(i => i.UpdateId).ToListAsync());
            await store.Leases.Where(l => l.Name == InstanceLiveness.Name("web-a"))
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1)));
        }

        await api.WaitForSentCountAsync(Abandoned, 4, Waits.Long);
        await Waits.UntilAsync(async () => { await using var store = db.Open(); return !await store.Inbox.AnyAsync(); }, "the inbox to empty");
        await HandledBySurvivorAsync(api, post, 107, "done", 3);

        var texts = api.TextsSentTo(Abandoned);
        Assert.Equal(4, texts.Count);
        for (var set = 1; set <= 4; set++)
        {
            Assert.Contains($"Set {set} of 8", texts[set - 1]);
        }

        await using var after = db.Open();
        var session = await after.Sessions.Include(s => s.Sets).SingleAsync(s => s.ChatId == Abandoned);
        Assert.Equal([0, 1, 2], session.Sets.Select(s => s.Step).Order());
        Assert.Equal(4, await after.ProcessedUpdates.CountAsync(p => p.UpdateId >= 101 && p.UpdateId <= 104));
        Assert.Equal("web-b", (await after.Leases.SingleAsync(l => l.Name == ChatLeaseStore.Name(Abandoned))).HolderId);
    }

    [Fact]
    public async Task On_sqlite_the_one_instance_handles_every_stored_row_whoever_stored_it()
    {
        using var db = new TestDatabase();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, db, settings: [.. WebhookPoster.WebhookSettings, "--Polling:InstanceId=web-b"]);
        await using (var store = db.Open())
        {
            // Even a live-looking liveness lease of another instance means nothing on SQLite: there is one handler.
            store.Leases.Add(new LeaseRecord { Name = InstanceLiveness.Name("web-a"), HolderId = "web-a", ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) });
            await store.SaveChangesAsync();
        }

        await StoreAsync(db, "web-a", (101, "/train"), (102, "done"));

        await api.WaitForSentCountAsync(Abandoned, 2, Waits.Long);
        var texts = api.TextsSentTo(Abandoned);
        Assert.Contains("Set 1 of 8", texts[0]);
        Assert.Contains("Set 2 of 8", texts[1]);
    }

    /// <summary>Inbox rows of <see cref="Abandoned"/>'s chat as <paramref name="owner"/>'s webhook stores them.</summary>
    private static async Task StoreAsync(ITestDatabase db, string owner, params (long UpdateId, string Text)[] updates)
    {
        await using var store = db.Open();
        store.Inbox.AddRange(updates.Select(u => new InboxUpdate
        {
            UpdateId = u.UpdateId, ChatId = Abandoned, Json = WebhookPoster.TextUpdate(u.UpdateId, Abandoned, u.Text), ReceivedAt = DateTimeOffset.UtcNow, OwnerId = owner,
        }));
        await store.SaveChangesAsync();
    }

    private static async Task<bool> HoldsAsync(ITestDatabase db, string lease, string holder)
    {
        await using var store = db.Open();
        return await store.Leases.AnyAsync(l => l.Name == lease && l.HolderId == holder);
    }

    private static async Task HandledBySurvivorAsync(FakeBotApi api, WebhookPoster post, long updateId, string text, int replies)
    {
        Assert.Equal(HttpStatusCode.OK, await post.PostAsync(WebhookPoster.TextUpdate(updateId, Bystander, text)));
        await api.WaitForSentCountAsync(Bystander, replies, Waits.Long);
    }
}
