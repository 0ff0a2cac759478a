namespace HipKnee.Bot.Delivery;

/// <summary>What one chat may still receive: its own pace and, for a group, the per-minute cap.</summary>
internal sealed class ChatAllowance(RateLimits limits, bool isGroup)
{
    private readonly Lock _gate = new();
    private readonly ChatPace _pace = new(limits.ChatInterval, limits.ChatBurst);
    private readonly SlidingWindowLog? _perMinute = isGroup ? new(limits.PerGroupPerMinute, RateLimits.GroupWindow) : null;

    public TimeSpan TimeUntilFree(DateTimeOffset now)
    {
        lock (_gate)
        {
            var pace = _pace.TimeUntilFree(now);
            var minute = _perMinute?.TimeUntilFree(now, limits.PerGroupPerMinute) ?? TimeSpan.Zero;
            return pace > minute ? pace : minute;
        }
    }

    public void Record(DateTimeOffset at)
    {
        lock (_gate)
        {
            _pace.Record(at);
            _perMinute?.Record(at);
        }
    }

    public bool IsIdleAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _pace.IsIdleAt(now) && (_perMinute?.IsIdleAt(now) ?? true);
        }
    }
}
