using System.Collections.Concurrent;
using HipKnee.Bot.Options;
using HipKnee.Bot.Telegram;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Tests;

/// <summary>The one dispatcher both intakes (polling and the webhook inbox) hand their updates to.</summary>
public sealed class ChatDispatcherTests
{
    /// <summary>Only guards against a hang: a dispatcher that never runs chats side by side fails here instead of blocking.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_chats_updates_are_handled_one_at_a_time_in_the_order_given()
    {
        var updates = Enumerable.Range(0, 120).Select(i => (Chat: (long)(i % 6), Id: i)).ToList();
        var handled = new ConcurrentDictionary<long, ConcurrentQueue<int>>();
        var busy = new ConcurrentDictionary<long, int>();
        var overlaps = 0;

        await Dispatcher(chatsInParallel: 4).DispatchAsync(updates, u => u.Chat, async (update, _) =>
        {
            if (busy.AddOrUpdate(update.Chat, 1, (_, n) => n + 1) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            await Task.Yield();
            handled.GetOrAdd(update.Chat, _ => new ConcurrentQueue<int>()).Enqueue(update.Id);
            busy.AddOrUpdate(update.Chat, 0, (_, n) => n - 1);
        }, CancellationToken.None);

        Assert.Equal(0, overlaps);
        Assert.Equal(6, handled.Count);
        foreach (var (chat, ids) in handled)
        {
            Assert.Equal(updates.Where(u => u.Chat == chat).Select(u => u.Id), ids);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public async Task Chats_are_handled_side_by_side_up_to_the_setting_and_never_more(int chatsInParallel)
    {
        var updates = Enumerable.Range(0, 40).Select(i => (Chat: (long)(i % 10), Id: i)).ToList();
        var inFlight = 0;
        var most = 0;
        var handled = 0;
        // The first updates wait until the setting's number of chats is in hand, so the bound must be reached.
        var full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await Dispatcher(chatsInParallel).DispatchAsync(updates, u => u.Chat, async (_, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            if (now == chatsInParallel)
            {
                full.TrySetResult();
            }

            await full.Task.WaitAsync(HangGuard, ct);
            await Task.Yield();
            Interlocked.Increment(ref handled);
            Interlocked.Decrement(ref inFlight);
        }, CancellationToken.None);

        Assert.Equal(chatsInParallel, most);
        Assert.Equal(updates.Count, handled);
    }

    [Fact]
    public void The_default_is_eight_chats_at_once_and_a_bad_value_names_its_key()
    {
        Assert.Equal(8, new TelegramOptions().ChatsInParallel);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = BotTestHost.Token,
            ["Telegram:ChatsInParallel"] = "0",
        }).Build();

        Assert.StartsWith("Telegram:ChatsInParallel ", SettingsCheck.ForBot(settings));
    }

    private static ChatDispatcher Dispatcher(int chatsInParallel) =>
        new(Microsoft.Extensions.Options.Options.Create(new TelegramOptions { ChatsInParallel = chatsInParallel }));

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var previous && previous != seen)
        {
            seen = previous;
        }
    }
}
