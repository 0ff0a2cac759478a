using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Telegram;

/// <summary>Sorts a Bot API error answer into what the sender should do about it.</summary>
public static class TelegramErrorClassifier
{
    private static readonly string[] ChatGone =
    [
        "chat not found", "user is deactivated", "bot was blocked by the user", "bot was kicked", "bot is not a member",
        "bot can't initiate conversation", "peer_id_invalid", "group chat was upgraded", "chat was deleted",
    ];

    public static SendResult Classify(OutboxKind kind, int errorCode, string description, int? retryAfterSeconds)
    {
        var reason = $"{errorCode} {description}";
        return errorCode switch
        {
            429 => new SendResult.RateLimited(reason, TimeSpan.FromSeconds(Math.Max(1, retryAfterSeconds ?? 1))),
            >= 500 => new SendResult.Transient(reason),
            // Telegram answers 401 to a revoked token and 404 to one that never existed, whatever the method.
            401 or 404 => new SendResult.TokenRefused(reason),
            403 => new SendResult.ChatUnreachable(reason),
            400 when Mentions(description, "message is not modified") => SendResult.Sent,
            // A button answer that came too late is harmless: the spinner has already stopped.
            400 when kind == OutboxKind.CallbackAnswer && Mentions(description, "query is too old", "query id is invalid") => SendResult.Sent,
            400 when ChatGone.Any(phrase => Mentions(description, phrase)) => new SendResult.ChatUnreachable(reason),
            _ => new SendResult.Rejected(reason),
        };
    }

    private static bool Mentions(string description, params string[] phrases) =>
        phrases.Any(phrase => description.Contains(phrase, StringComparison.OrdinalIgnoreCase));
}
