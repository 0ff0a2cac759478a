namespace HipKnee.Bot.RateLimiting;

/// <summary>
/// An exact sliding-window limit: at most <c>limit</c> grants in any stretch of time as long as the window.
/// Keeps the instants of the last <paramref name="capacity"/> grants; not thread-safe.
/// </summary>
public sealed class SlidingWindowLog(int capacity, TimeSpan window)
{
    private readonly DateTimeOffset[] _grants = new DateTimeOffset[capacity];
    private long _count;

    /// <summary>How long until one more grant keeps within <paramref name="limit"/> (at most the capacity); zero when it does now.</summary>
    public TimeSpan TimeUntilFree(DateTimeOffset now, int limit)
    {
        var effective = Math.Clamp(limit, 1, capacity);
        if (_count < effective)
        {
            return TimeSpan.Zero;
        }

        // The grant that would fall out of the window once this one is added.
        var leaving = _grants[(_count - effective) % capacity];
        var free = leaving + window;
        return free > now ? free - now : TimeSpan.Zero;
    }

    public void Record(DateTimeOffset at)
    {
        _grants[_count % capacity] = at;
        _count++;
    }

    /// <summary>True when no grant lies inside the window any more.</summary>
    public bool IsIdleAt(DateTimeOffset now) => _count == 0 || _grants[(_count - 1) % capacity] + window <= now;
}
