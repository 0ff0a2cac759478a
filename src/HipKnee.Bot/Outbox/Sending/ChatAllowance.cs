using HipKnee.Bot.RateLimiting;
namespace HipKnee.Bot.Outbox.Sending;

/// <summary>What one chat may still receive: its own pace, for a group the per-minute cap, and a pause Telegram asked for (429).</summary>
internal sealed class ChatAllowance(RateLimits limits, bool isGroup)
{
    private readonly Lock _gate = new();
    private readonly ChatPace _pace = new(limits.ChatInterval, limits.ChatBurst);
    private readonly SlidingWindowLog? _perMinute = isGroup ? new(limits.PerGroupPerMinute, RateLimits.GroupWindow) : null;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>How long until <paramref name="count"/> more messages may go to this chat back to back (0: any other call, which only a pause holds).</summary>
    public TimeSpan TimeUntilFree(DateTimeOffset now, int count = 1)
    {
        lock (_gate)
        {
            var paused = _pausedUntil > now ? _pausedUntil - now : TimeSpan.Zero;
            if (count <= 0)
            {
                return paused;
            }

            var pace = _pace.TimeUntilFree(now, count);
            var minute = _perMinute?.TimeUntilFree(now, limits.PerGroupPerMinute - (count - 1)) ?? TimeSpan.Zero;
            return new[] { pace, minute, paused }.Max();
        }
    }

    /// <summary>Telegram answered 429 for this chat: nothing goes to it before <paramref name="until"/>.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
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
            return _pace.IsIdleAt(now) && (_perMinute?.IsIdleAt(now) ?? true) && _pausedUntil <= now;
        }
    }
}
