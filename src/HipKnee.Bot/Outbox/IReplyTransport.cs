using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Outbox;

/// <summary>Delivers one outbox message to its chat: the Telegram Bot API, or the console.</summary>
public interface IReplyTransport
{
    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct);
}
