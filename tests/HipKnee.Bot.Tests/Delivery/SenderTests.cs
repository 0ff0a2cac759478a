using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>The sender against the fake Bot API scripted to fail; limits measured from the fake's own timestamps.</summary>
public sealed class SenderTests : FakeApiTest
{
    /// <summary>Telegram's real per-chat pace, a small global cap so it binds, quick retries.</summary>
    private static readonly string[] Limits =
    [
        "--Telegram:MaxMessagesPerSecond=8", "--Telegram:MaxMessagesPerChatPerSecond=1", "--Telegram:ChatBurst=3",
        "--Telegram:SendAttempts=3",
    ];

    [Fact]
    public async Task Through_429_500_and_dropped_connections_every_chat_gets_its_messages_in_order_within_the_limits()
    {
        long[] chats = [61001, 61002, 61003, 61004, -1001000061005];
        var expected = await OutboxSeed.AddAsync(Db, chats, perChat: 5);
        Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: 61001);
        Api.FailNext("sendMessage", 500, "Internal Server Error", times: 2, chatId: 61002);
        Api.DropNextConnection("sendMessage", chatId: 61003);
        Api.FailNext("sendMessage", 502, "Bad Gateway", chatId: 61003);

        await using (await BotTestHost.StartAsync(Api, Db, settings: Limits))
        {
            foreach (var chat in chats)
            {
                await Api.WaitForSentCountAsync(chat, 5, Waits.Long);
            }
        }

        foreach (var chat in chats)
        {
            Assert.Equal(expected[chat], Api.TextsSentTo(chat));
        }

        // No tolerance: a call counts against the limits from leaving until a window after its answer, and the fake stamps it in between.
        Assert.Empty(DeliveryAudit.Violations(DeliveryAudit.Sends(Api.Calls), new DeliveryLimits(PerSecond: 8), TimeSpan.Zero));
        var refused = Api.CallsTo("sendMessage").First(c => c.ChatId == 61001 && c.Failed);
        var retried = Api.CallsTo("sendMessage").First(c => c.ChatId == 61001 && !c.Failed);
        Assert.True(retried.At - refused.At >= TimeSpan.FromSeconds(1), $"retried {retried.At - refused.At} after a 429 asking for 1 s");
    }

    [Fact]
    public async Task A_blocked_user_is_made_inactive_keeps_their_data_and_their_pending_messages_are_dropped()
    {
        const long blocked = 62001, gone = 62002, fine = 62003;
        await using var host = await BotTestHost.StartAsync(Api, Db, settings: Limits);
        var intake = new SettledIntake(Api, Db);
        await intake.SendTextAsync(blocked, "/train");
        await intake.SendTextAsync(gone, "/train");
        Api.BlockChat(blocked);
        Api.BlockChat(gone, 400, "Bad Request: chat not found");

        await OutboxSeed.AddAsync(Db, [blocked, gone, fine], perChat: 3);
        host.Services.GetRequiredService<OutboxSignal>().Notify();
        await Api.WaitForSentCountAsync(fine, 3, Waits.Long);
        await intake.SendTextAsync(fine, "/help");

        foreach (var chat in new[] { blocked, gone })
        {
            var user = await intake.UserAsync(chat);
            Assert.False(user!.IsActive);
            Assert.Equal(1, user.ActiveSessionNumber);
            var rows = await OutboxSeed.RowsAsync(Db, chat);
            Assert.Equal([OutboxStatus.Sent, OutboxStatus.Dropped, OutboxStatus.Dropped, OutboxStatus.Dropped], rows.Select(r => r.Status));
            Assert.Single(Api.CallsTo("sendMessage"), c => c.ChatId == chat && c.Failed);
        }
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_with_its_reason_and_the_chat_moves_on()
    {
        const long chat = 63001;
        await OutboxSeed.AddAsync(Db, [chat], perChat: 2);
        Api.FailNext("sendMessage", 500, "Internal Server Error", times: 3, chatId: chat);

        await using (await BotTestHost.StartAsync(Api, Db, settings: Limits))
        {
            await Api.WaitForSentCountAsync(chat, 1, Waits.Long);
        }

        var rows = await OutboxSeed.RowsAsync(Db, chat);
        Assert.Equal(OutboxStatus.Failed, rows[0].Status);
        Assert.Equal(3, rows[0].Attempts);
        Assert.Contains("gave up after 3 attempts: 500", rows[0].Error);
        Assert.Equal(OutboxStatus.Sent, rows[1].Status);
        Assert.Equal([$"chat {chat} #2"], Api.TextsSentTo(chat));
    }

    [Fact]
    public async Task Messages_pending_when_the_bot_is_killed_are_all_sent_in_order_after_it_restarts()
    {
        long[] chats = [64001, 64002, 64003];
        var expected = await OutboxSeed.AddAsync(Db, chats, perChat: 4);
        string[] slow = ["--Telegram:MaxMessagesPerSecond=4"];

        using (var first = BotProcess.Start(BotTestHost.Arguments(Api, Db, [.. Limits, .. slow])))
        {
            await Api.WaitForCallAsync(c => c.Is("sendMessage") && !c.Failed && c.Text == $"chat {chats[0]} #2", Waits.Long);
            first.Kill();
        }

        var beforeRestart = Api.CallsTo("sendMessage").Count;
        Assert.True(beforeRestart < 12, "the kill should come mid-queue");
        using var second = BotProcess.Start(BotTestHost.Arguments(Api, Db, [.. Limits, .. slow]));
        foreach (var chat in chats)
        {
            await Api.WaitForCallAsync(c => c.Is("sendMessage") && !c.Failed && c.Text == $"chat {chat} #4", Waits.Long);
        }

        foreach (var chat in chats)
        {
            // A message sent just before the kill may go again after the restart (at least once), never out of order.
            var received = Api.TextsSentTo(chat).Where((text, i) => i == 0 || text != Api.TextsSentTo(chat)[i - 1]);
            Assert.Equal(expected[chat], received);
        }

        await using var context = Db.Open();
        Assert.False(await context.Outbox.AnyAsync(m => m.Status != OutboxStatus.Sent && m.Status != OutboxStatus.Pending));
    }
}
