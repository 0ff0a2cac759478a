using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>One runner cannot slow everyone: per-chat pacing of files, a 429 that pauses only its chat, the pending cap.</summary>
public sealed class OneChatTests : FakeApiTest
{
    private static readonly string[] Limits =
    [
        "--Telegram:MaxMessagesPerSecond=8", "--Telegram:MaxMessagesPerChatPerSecond=1", "--Telegram:ChatBurst=3",
    ];

    [Fact]
    public async Task Photos_and_documents_keep_the_chats_pace_like_text()
    {
        const long chat = 72001;
        OutboxKind[] kinds = [OutboxKind.Photo, OutboxKind.Document, OutboxKind.Message, OutboxKind.Photo, OutboxKind.Document, OutboxKind.Photo];
        await OutboxSeed.AddRowsAsync(Db, kinds.Select((kind, i) => OutboxSeed.Row(chat, $"file {i}", kind: kind)));

        await using (await BotTestHost.StartAsync(Api, Db, settings: Limits))
        {
            await Waits.UntilAsync(() => Files(Api).Count() + DeliveryAudit.Sends(Api.Calls).Count() == kinds.Length, "every file and text sent");
        }

        var sends = Files(Api).Concat(DeliveryAudit.Sends(Api.Calls)).ToList();
        Assert.Equal(kinds.Length, sends.Count);
        Assert.Empty(DeliveryAudit.Violations(sends, new DeliveryLimits(PerSecond: 8), TimeSpan.Zero));
    }

    [Fact]
    public async Task A_429_for_one_chat_pauses_that_chat_for_retry_after_while_the_others_and_the_global_rate_go_on()
    {
        long[] chats = [73001, 73002, 73003];
        var expected = await OutboxSeed.AddAsync(Db, chats, perChat: 3);
        Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 2", retryAfter: 2, chatId: chats[0]);

        await using var host = await BotTestHost.StartAsync(Api, Db, settings: Limits);
        await Api.WaitForSentCountAsync(chats[0], 3, Waits.Long);

        var calls = Api.CallsTo("sendMessage");
        var refused = calls.First(c => c.ChatId == chats[0] && c.Failed);
        var retried = calls.First(c => c.ChatId == chats[0] && !c.Failed);
        Assert.True(retried.At - refused.At >= TimeSpan.FromSeconds(2), $"retried {retried.At - refused.At} after a 429 asking for 2 s");
        Assert.All(calls.Where(c => c.ChatId != chats[0]), other => Assert.True(other.At < retried.At, "another chat waited for the refused one"));
        Assert.All(chats, chat => Assert.Equal(expected[chat], Api.TextsSentTo(chat)));
        var limiter = host.Services.GetRequiredService<DeliveryRateLimiter>();
        Assert.Equal(8, limiter.EffectiveLimit(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Beyond_50_pending_messages_a_chats_oldest_bulk_ones_are_dropped_with_a_log_line_and_its_replies_kept()
    {
        const long chat = 74001;
        var replies = Enumerable.Range(1, 5).Select(i => OutboxSeed.Row(chat, $"answer {i}"));
        var reminders = Enumerable.Range(1, 60).Select(i => OutboxSeed.Row(chat, $"reminder {i}", OutboxTopic.Reminder));
        await OutboxSeed.AddRowsAsync(Db, [.. replies, .. reminders]);
        var logs = new CapturingLoggerProvider();

        await using (await BotTestHost.StartAsync(Api, Db, logs: logs))
        {
            await Api.WaitForSentCountAsync(chat, 50, Waits.Long);
        }

        var rows = await OutboxSeed.RowsAsync(Db, chat);
        var dropped = rows.Where(r => r.Status == OutboxStatus.Dropped).ToList();
        Assert.Equal(Enumerable.Range(1, 15).Select(i => $"reminder {i}"), dropped.Select(r => r.Text));
        Assert.All(dropped, r => Assert.Contains("over the cap of 50", r.Error));
        Assert.Equal(
            [.. Enumerable.Range(1, 5).Select(i => $"answer {i}"), .. Enumerable.Range(16, 45).Select(i => $"reminder {i}")],
            Api.TextsSentTo(chat));
        Assert.Contains(logs.Lines, line => line.Contains($"Chat {chat} had 65 pending messages, over the cap of 50", StringComparison.Ordinal));
    }

    private static IEnumerable<(long ChatId, DateTimeOffset At)> Files(FakeBotApi api) =>
        api.Calls.Where(c => (c.Is("sendPhoto") || c.Is("sendDocument")) && !c.Failed && c.ChatId is not null).Select(c => (c.ChatId!.Value, c.At));
}
