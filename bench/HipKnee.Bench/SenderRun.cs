using System.Diagnostics;
using HipKnee.Bot.Persistence;
using HipKnee.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bench;

/// <summary>
/// One run: a burst of messages to many chats waiting in the outbox of a fresh SQLite file, the real bot
/// host started against the fake Bot API with the given global limit, timed until the last message arrives.
/// </summary>
public static class SenderRun
{
    public static async Task<SenderResult> RunAsync(int limit, int messages, int chats)
    {
        using var db = BenchDatabase.Sqlite();
        await using var api = await FakeBotApi.StartAsync(BenchBot.Token);
        await using var host = await BenchBot.BuildAsync(BenchBot.Arguments(db, api.BaseUrl, $"--Telegram:MaxMessagesPerSecond={limit}"));
        var expected = await SeedAsync(host.Services, messages, chats);
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        await WaitForAllAsync(api, messages, TimeSpan.FromSeconds((2.0 * messages / limit) + 60));
        var wall = clock.Elapsed;
        await host.StopAsync();
        return Measure(api, limit, expected, wall);
    }

    private static async Task<Dictionary<long, List<string>>> SeedAsync(IServiceProvider services, int messages, int chats)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        var expected = new Dictionary<long, List<string>>();
        for (var i = 0; i < messages; i++)
        {
            // Interleaved, as replies to many users arrive: chat 1, 2, ... n, then chat 1 again.
            var chat = 100_000L + (i % chats);
            var text = $"message {i / chats + 1} to chat {chat}";
            db.Outbox.Add(new OutboxMessage { ChatId = chat, Kind = OutboxKind.Message, Text = text, Status = OutboxStatus.Pending, CreatedAt = now, NextAttemptAt = now });
            (expected.TryGetValue(chat, out var list) ? list : expected[chat] = []).Add(text);
        }

        await db.SaveChangesAsync();
        return expected;
    }

    private static async Task WaitForAllAsync(FakeBotApi api, int messages, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (DeliveryAudit.Sends(api.Calls).Count() < messages)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Only {DeliveryAudit.Sends(api.Calls).Count()} of {messages} messages arrived within {timeout}.");
            }

            await Task.Delay(100);
        }
    }

    private static SenderResult Measure(FakeBotApi api, int limit, Dictionary<long, List<string>> expected, TimeSpan wall)
    {
        var calls = api.Calls;
        var sends = DeliveryAudit.Sends(calls).OrderBy(s => s.At).ToList();
        var outOfOrder = expected.Count(chat => !api.TextsSentTo(chat.Key).SequenceEqual(chat.Value));
        var violations = DeliveryAudit.Violations(sends, new DeliveryLimits(limit), TimeSpan.Zero);
        return new SenderResult(
            limit, sends.Count, expected.Count, sends[^1].At - sends[0].At, wall, violations.Count, outOfOrder,
            calls.Count(c => c.Is("sendMessage") && c.Failed), violations.Take(3).ToList());
    }
}
