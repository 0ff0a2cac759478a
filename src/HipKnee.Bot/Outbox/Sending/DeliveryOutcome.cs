using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>How one attempt to deliver an outbox message ended, ready to be recorded.</summary>
public sealed record DeliveryOutcome(long MessageId, long ChatId, SendResult Result, int Attempts, DateTimeOffset At)
{
    /// <summary>The chat's later messages must not go out now: it has to wait (429) or cannot be reached at all.</summary>
    public bool StopsChat => Result is SendResult.RateLimited or SendResult.ChatUnreachable;
}
