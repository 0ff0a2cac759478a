using HipKnee.Bot.Outbox.Sending;
namespace HipKnee.Bot.Outbox;

/// <summary>What happened to one attempt at sending an outgoing message.</summary>
public abstract record SendResult
{
    public static readonly SendResult Sent = new Delivered();

    /// <summary>Delivered, or needs no delivery any more (e.g. an edit that changed nothing, a button answer that came too late).</summary>
    /// <param name="MessageId">Telegram's id of the message sent, when there is one (a later edit needs it).</param>
    public sealed record Delivered(int? MessageId = null) : SendResult;

    /// <summary>Telegram answered 429: this chat must wait exactly <paramref name="RetryAfter"/>.</summary>
    public sealed record RateLimited(string Reason, TimeSpan RetryAfter) : SendResult;

    /// <summary>A passing problem (5xx, network failure, timeout): retry with back-off.</summary>
    public sealed record Transient(string Reason) : SendResult;

    /// <summary>The chat cannot be reached (the user blocked the bot, was deactivated, the chat is gone).</summary>
    public sealed record ChatUnreachable(string Reason) : SendResult;

    /// <summary>Telegram refused the bot token itself (401, 404): no message can go until it accepts one again.</summary>
    public sealed record TokenRefused(string Reason) : SendResult;

    /// <summary>This one message will never succeed (a bad request); park it with the reason.</summary>
    public sealed record Rejected(string Reason) : SendResult;
}
