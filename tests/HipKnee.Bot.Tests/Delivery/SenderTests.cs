using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>The sender against the fake Bot API scripted to fail; limits measured from the fake's own timestamps.</summary>
public sealed class SenderTests : IAsyncLifetime
{
    /// <summary>Telegram's real per-chat pace, a small global cap so it binds, quick retries.</summary>
    private static readonly string[] Limits =
    [
        "--Telegram:MaxMessagesPerSecond=8", "--Telegram:MaxMessagesPerChatPerSecond=1", "--Telegram:ChatBurst=3",
        "--Telegram:SendAttempts=3",
    ];

    /// <summary>For the jitter between the moment a send is allowed and the moment the fake stamps it.</summary>
    private static readonly TimeSpan Jitter = TimeSpan.FromMilliseconds(25);

    private readonly TestDatabase _db = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync(BotTestHost.Token);

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task Through_429_500_and_dropped_connections_every_chat_gets_its_messages_in_order_within_the_limits()
    {
        long[] chats = [61001, 61002, 61003, 61004, -1001000061005];
        var expected = await OutboxSeed.AddAsync(_db, chats, perChat: 5);
        _api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: 61001);
        _api.FailNext("sendMessage", 500, "Internal Server Error", times: 2, chatId: 61002);
        _api.DropNextConnection("sendMessage", chatId: 61003);
        _api.FailNext("sendMessage", 502, "Bad Gateway", chatId: 61003);

        await using (await BotTestHost.StartAsync(_api, _db, extraArguments: Limits))
        {
            foreach (var chat in chats)
            {
                await _api.WaitForSentCountAsync(chat, 5, Waits.Long);
            }
        }

        foreach (var chat in chats)
        {
            Assert.Equal(expected[chat], _api.TextsSentTo(chat));
        }

        Assert.Empty(DeliveryAudit.Violations(DeliveryAudit.Sends(_api.Calls), new DeliveryLimits(PerSecond: 8), Jitter));
        var refused = _api.CallsTo("sendMessage").First(c => c.ChatId == 61001 && c.Failed);
        var retried = _api.CallsTo("sendMessage").First(c => c.ChatId == 61001 && !c.Failed);
        Assert.True(retried.At - refused.At >= TimeSpan.FromSeconds(1), $"retried {retried.At - refused.At} after a 429 asking for 1 s");
    }

    [Fact]
    public async Task A_blocked_user_is_made_inactive_keeps_their_data_and_their_pending_messages_are_dropped()
    {
        const long blocked = 62001, gone = 62002, fine = 62003;
        await using var host = await BotTestHost.StartAsync(_api, _db, extraArguments: Limits);
        var intake = new SettledIntake(_api, _db);
        await intake.SendTextAsync(blocked, "/train");
        await intake.SendTextAsync(gone, "/train");
        _api.BlockChat(blocked);
        _api.BlockChat(gone, 400, "Bad Request: chat not found");

        await OutboxSeed.AddAsync(_db, [blocked, gone, fine], perChat: 3);
        host.Services.GetRequiredService<OutboxSignal>().Notify();
        await _api.WaitForSentCountAsync(fine, 3, Waits.Long);
        await intake.SendTextAsync(fine, "/help");

        foreach (var chat in new[] { blocked, gone })
        {
            var user = await intake.UserAsync(chat);
            Assert.False(user!.IsActive);
            Assert.Equal(1, user.ActiveSessionNumber);
            var rows = await OutboxSeed.RowsAsync(_db, chat);
            Assert.Equal([OutboxStatus.Sent, OutboxStatus.Dropped, OutboxStatus.Dropped, OutboxStatus.Dropped], rows.Select(r => r.Status));
            Assert.Single(_api.CallsTo("sendMessage"), c => c.ChatId == chat && c.Failed);
        }
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_with_its_reason_and_the_chat_moves_on()
    {
        const long chat = 63001;
        await OutboxSeed.AddAsync(_db, [chat], perChat: 2);
        _api.FailNext("sendMessage", 500, "Internal Server Error", times: 3, chatId: chat);

        await using (await BotTestHost.StartAsync(_api, _db, extraArguments: Limits))
        {
            await _api.WaitForSentCountAsync(chat, 1, Waits.Long);
        }

        var rows = await OutboxSeed.RowsAsync(_db, chat);
        Assert.Equal(OutboxStatus.Failed, rows[0].Status);
        Assert.Equal(3, rows[0].Attempts);
        Assert.Contains("gave up after 3 attempts: 500", rows[0].Error);
        Assert.Equal(OutboxStatus.Sent, rows[1].Status);
        Assert.Equal([$"chat {chat} #2"], _api.TextsSentTo(chat));
    }

    [Fact]
    public async Task Messages_pending_when_the_bot_is_killed_are_all_sent_in_order_after_it_restarts()
    {
        long[] chats = [64001, 64002, 64003];
        var expected = await OutboxSeed.AddAsync(_db, chats, perChat: 4);
        string[] slow = ["--Telegram:MaxMessagesPerSecond=4"];

        using (var first = BotProcess.Start(BotTestHost.Arguments(_api, _db, [.. Limits, .. slow])))
        {
            await _api.WaitForCallAsync(c => c.Is("sendMessage") && !c.Failed && c.Text == $"chat {chats[0]} #2", Waits.Long);
            first.Kill();
        }

        var beforeRestart = _api.CallsTo("sendMessage").Count;
        Assert.True(beforeRestart < 12, "the kill should come mid-queue");
        using var second = BotProcess.Start(BotTestHost.Arguments(_api, _db, [.. Limits, .. slow]));
        foreach (var chat in chats)
        {
            await _api.WaitForCallAsync(c => c.Is("sendMessage") && !c.Failed && c.Text == $"chat {chat} #4", Waits.Long);
        }

        foreach (var chat in chats)
        {
            // A message sent just before the kill may go again after the restart (at least once), never out of order.
            var received = _api.TextsSentTo(chat).Where((text, i) => i == 0 || text != _api.TextsSentTo(chat)[i - 1]);
            Assert.Equal(expected[chat], received);
        }

        await using var context = _db.Open();
        Assert.False(await context.Outbox.AnyAsync(m => m.Status != OutboxStatus.Sent && m.Status != OutboxStatus.Pending));
    }
}
