using HipKnee.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>The limiter on a fake clock: every grant instant is exact, so the limits are checked without tolerance.</summary>
public sealed class DeliveryRateLimiterTests
{
    private static readonly RateLimits Telegram = new(PerSecond: 5, PerChatPerSecond: 1, ChatBurst: 3, PerGroupPerMinute: 4);

    [Fact]
    public async Task Three_messages_to_a_chat_leave_at_once_and_the_fourth_waits_for_the_chat_interval()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        var limiter = new DeliveryRateLimiter(Telegram, time);
        for (var i = 0; i < 3; i++)
        {
            (await limiter.AcquireAsync(7, isChatMessage: true, CancellationToken.None)).Dispose();
        }

        var fourth = limiter.AcquireAsync(7, isChatMessage: true, CancellationToken.None).AsTask();
        (await limiter.AcquireAsync(7, isChatMessage: false, CancellationToken.None)).Dispose();
        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(50);
        Assert.False(fourth.IsCompleted, "the fourth message must wait a full second");

        time.Advance(TimeSpan.FromMilliseconds(1));
        (await fourth.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task Many_chats_sending_at_once_never_exceed_any_limit_on_the_limiters_own_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        var limiter = new DeliveryRateLimiter(Telegram, time);
        var grants = new List<(long ChatId, DateTimeOffset At)>();
        long[] chats = [1, 2, 3, 4, -100, -200];
        var couriers = chats.Select(chat => Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                using var lease = await limiter.AcquireAsync(chat, isChatMessage: true, CancellationToken.None);
                lock (grants)
                {
                    grants.Add((chat, time.GetUtcNow()));
                }
            }
        })).ToArray();

        var all = Task.WhenAll(couriers);
        while (!all.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(1);
        }

        await all;
        Assert.Equal(36, grants.Count);
        Assert.Empty(DeliveryAudit.Violations(grants, new DeliveryLimits(5, 1, 3, 4), TimeSpan.Zero));
    }

    [Fact]
    public void After_429s_from_several_chats_the_global_rate_is_lowered_then_recovers()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        var limiter = new DeliveryRateLimiter(Telegram with { PerSecond = 30 }, time);
        Assert.Equal(30, limiter.EffectiveLimit(time.GetUtcNow()));

        limiter.ReportRateLimited(1, SendLane.Reply, TimeSpan.FromSeconds(3));
        limiter.ReportRateLimited(2, SendLane.Bulk, TimeSpan.FromSeconds(3));
        Assert.Equal(30, limiter.EffectiveLimit(time.GetUtcNow()));
        limiter.ReportRateLimited(3, SendLane.Bulk, TimeSpan.FromSeconds(3));
        Assert.Equal(15, limiter.EffectiveLimit(time.GetUtcNow()));
        time.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal(30, limiter.EffectiveLimit(time.GetUtcNow()));
    }

    [Fact]
    public async Task Replies_go_first_but_bulk_keeps_a_fifth_of_the_rate_while_both_wait()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        var limiter = new DeliveryRateLimiter(Telegram with { PerSecond = 10 }, time);
        var grants = new List<SendLane>();
        async Task SendAsync(long chat, SendLane lane)
        {
            using var lease = await limiter.AcquireAsync(chat, isChatMessage: false, lane, CancellationToken.None);
            lock (grants)
            {
                grants.Add(lane);
            }
        }

        // Bulk queued first, as a fan-out is; then replies keep coming.
        var all = Enumerable.Range(0, 40).Select(i => SendAsync(1000 + i, SendLane.Bulk))
            .Concat(Enumerable.Range(0, 40).Select(i => SendAsync(2000 + i, SendLane.Reply))).ToArray();
        var done = Task.WhenAll(all);
        while (!done.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        await done;
        var firstFifty = grants.Skip(1).Take(50).ToList();
        Assert.InRange(firstFifty.Count(lane => lane == SendLane.Bulk), 10, 20);
        Assert.True(grants.FindLastIndex(lane => lane == SendLane.Reply) < grants.FindLastIndex(lane => lane == SendLane.Bulk), "replies finish first");
    }
}
