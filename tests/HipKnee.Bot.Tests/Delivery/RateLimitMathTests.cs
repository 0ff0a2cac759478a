using HipKnee.Bot.Outbox.Sending;
using HipKnee.Bot.RateLimiting;

namespace HipKnee.Bot.Tests.Delivery;

public sealed class RateLimitMathTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sliding_window_grants_the_limit_at_once_then_waits_for_the_oldest_grant_to_leave()
    {
        var window = new SlidingWindowLog(capacity: 3, TimeSpan.FromSeconds(1));
        window.Record(T0);
        window.Record(T0.AddMilliseconds(100));
        Assert.Equal(TimeSpan.Zero, window.TimeUntilFree(T0.AddMilliseconds(200), limit: 3));
        window.Record(T0.AddMilliseconds(200));

        Assert.Equal(TimeSpan.FromMilliseconds(700), window.TimeUntilFree(T0.AddMilliseconds(300), limit: 3));
        Assert.Equal(TimeSpan.Zero, window.TimeUntilFree(T0.AddSeconds(1), limit: 3));
        Assert.Equal(TimeSpan.FromMilliseconds(800), window.TimeUntilFree(T0.AddMilliseconds(300), limit: 2));
    }

    [Fact]
    public void Sliding_window_never_lets_more_than_the_limit_into_any_window()
    {
        var random = new Random(7);
        var window = new SlidingWindowLog(capacity: 30, TimeSpan.FromSeconds(1));
        var granted = new List<DateTimeOffset>();
        var now = T0;
        for (var i = 0; i < 5000; i++)
        {
            now = now.AddMilliseconds(random.Next(0, 20));
            if (window.TimeUntilFree(now, limit: 30) == TimeSpan.Zero)
            {
                window.Record(now);
                granted.Add(now);
            }
        }

        for (var i = 0; i + 30 < granted.Count; i++)
        {
            Assert.True(granted[i + 30] - granted[i] >= TimeSpan.FromSeconds(1), $"31 grants within a second from {i}");
        }

        Assert.True(granted.Count > 30 * 40, "the window should also grant as much as the limit allows");
    }

    [Fact]
    public void Chat_pace_allows_a_burst_of_three_then_one_per_interval_and_refills_when_idle()
    {
        var pace = new ChatPace(TimeSpan.FromSeconds(1), burst: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, pace.TimeUntilFree(T0));
            pace.Record(T0);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), pace.TimeUntilFree(T0));
        pace.Record(T0.AddSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), pace.TimeUntilFree(T0.AddSeconds(1)));
        Assert.False(pace.IsIdleAt(T0.AddSeconds(3)));
        Assert.True(pace.IsIdleAt(T0.AddSeconds(4)));
    }

    [Fact]
    public void A_429_halves_the_global_rate_holds_it_for_retry_after_then_recovers_a_tenth_per_second()
    {
        var slowdown = new RateSlowdown();
        Assert.Equal(1, slowdown.FactorAt(T0));

        slowdown.RateLimited(T0, TimeSpan.FromSeconds(5));
        Assert.Equal(0.5, slowdown.FactorAt(T0.AddSeconds(4)));
        Assert.Equal(0.5, slowdown.FactorAt(T0.AddSeconds(5)), precision: 6);
        Assert.Equal(0.7, slowdown.FactorAt(T0.AddSeconds(7)), precision: 6);
        Assert.Equal(1, slowdown.FactorAt(T0.AddSeconds(30)));

        slowdown.RateLimited(T0.AddSeconds(6), TimeSpan.FromSeconds(1));
        Assert.Equal(0.3, slowdown.FactorAt(T0.AddSeconds(6)), precision: 6);
    }
}
