namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Slows the global send rate after Telegram answers 429: the rate is halved and held there for the
/// retry_after Telegram named, then climbs back by a tenth of the configured rate per second. Not thread-safe.
/// </summary>
public sealed class RateSlowdown
{
    private const double RecoveryPerSecond = 0.1;
    private const double Floor = 1.0 / 64;
    private double _factor = 1;
    private DateTimeOffset _holdUntil = DateTimeOffset.MinValue;

    /// <summary>The share of the configured rate allowed at <paramref name="now"/>, in (0, 1].</summary>
    public double FactorAt(DateTimeOffset now) =>
        now < _holdUntil ? _factor : Math.Min(1, _factor + (RecoveryPerSecond * (now - _holdUntil).TotalSeconds));

    public void RateLimited(DateTimeOffset now, TimeSpan retryAfter)
    {
        _factor = Math.Max(Floor, FactorAt(now) / 2);
        _holdUntil = now + retryAfter;
    }
}
