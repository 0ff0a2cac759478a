namespace HipKnee.Bot.Outbox;

/// <summary>What happened to one outgoing message.</summary>
public abstract record SendResult
{
    public static readonly SendResult Sent = new Delivered(null);

    /// <summary>Delivered, or needs no delivery any more (e.g. a button answer Telegram no longer wants).</summary>
    /// <param name="MessageId">Telegram's id of the message sent, when there is one.</param>
    public sealed record Delivered(int? MessageId) : SendResult;

    /// <summary>A passing problem (rate limit, server error, network); try again later.</summary>
    /// <param name="After">How long to wait; null for the sender's own back-off.</param>
    public sealed record Retry(string Reason, TimeSpan? After) : SendResult;

    /// <summary>Will never succeed (blocked by the user, chat gone, bad request); give up with the reason.</summary>
    public sealed record Rejected(string Reason) : SendResult;
}
