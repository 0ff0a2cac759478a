namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// A token bucket for one chat, kept as the generic cell rate algorithm: one message per
/// <paramref name="interval"/> on average, up to <paramref name="burst"/> back to back. Not thread-safe.
/// </summary>
public sealed class ChatPace(TimeSpan interval, int burst)
{
    private readonly TimeSpan _tolerance = interval * (burst - 1);
    private DateTimeOffset? _theoreticalArrival;

    /// <summary>How long until <paramref name="count"/> more messages may go back to back from now.</summary>
    public TimeSpan TimeUntilFree(DateTimeOffset now, int count = 1)
    {
        var theoretical = _theoreticalArrival is { } arrival && arrival > now ? arrival : now;
        var earliest = theoretical + (interval * (count - 1)) - _tolerance;
        return earliest > now ? earliest - now : TimeSpan.Zero;
    }

    public void Record(DateTimeOffset at) =>
        _theoreticalArrival = (_theoreticalArrival is { } theoretical && theoretical > at ? theoretical : at) + interval;

    /// <summary>True when the bucket is full again, so forgetting the chat changes nothing.</summary>
    public bool IsIdleAt(DateTimeOffset now) => _theoreticalArrival is not { } theoretical || theoretical <= now;
}
