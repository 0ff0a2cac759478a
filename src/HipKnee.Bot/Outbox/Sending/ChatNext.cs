using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// What a chat's courier sends, in order: its replies, and before a reply any older bulk message that still fits (the
/// chat's pace lets it and the reply go now) — an older reminder that does not fit is dropped, as the runner has just
/// written; a summary or broadcast that does not fit waits until the replies are out; then its bulk messages. A chat
/// with more than <see cref="MaxPendingPerChat"/> pending messages first loses its oldest bulk ones.
/// </summary>
public sealed class ChatNext(DeliveryRateLimiter limiter, TimeProvider time, ILogger<ChatNext> logger)
{
    public const int MaxPendingPerChat = 50;

    private const int PageSize = MaxPendingPerChat + 1;

    /// <summary>
    /// The chat's pending messages in the order to send them, each with its lane: every message in id order, except
    /// that a bulk message with a reply after it goes in the reply lane only when it still fits, a reminder that does not
    /// is dropped, and a summary or broadcast that does not waits behind the replies. <c>WholeQueue</c>: nothing pending
    /// was left out (the page was not full).
    /// </summary>
    public async Task<ChatPlan> PlanAsync(HipKneeDbContext db, long chatId, CancellationToken ct)
    {
        var pending = await OutboxQueries.ChatPendingAsync(db, chatId, PageSize, ct);
        if (pending.Count > MaxPendingPerChat && await DropOverCapAsync(db, chatId, ct) > 0)
        {
            pending = await OutboxQueries.ChatPendingAsync(db, chatId, PageSize, ct);
        }

        var lastReply = pending.FindLastIndex(m => SendLanes.Of(m) == SendLane.Reply);
        var steps = new List<(OutboxMessage, SendLane)>();
        var after = new List<(OutboxMessage, SendLane)>();
        for (var i = 0; i < pending.Count; i++)
        {
            var message = pending[i];
            if (SendLanes.Of(message) == SendLane.Reply)
            {
                steps.Add((message, SendLane.Reply));
            }
            else if (i > lastReply)
            {
                after.Add((message, SendLane.Bulk));
            }
            else if (message.NextAttemptAt <= time.GetUtcNow() && limiter.ChatHasRoomFor(chatId, steps.Count + 2))
            {
                steps.Add((message, SendLane.Reply));
            }
            else if (message.Topic == OutboxTopic.Reminder)
            {
                // The runner has just written, so a nudge to start training no longer fits after the answer.
                await OutboxQueries.DropAsync(db, message.Id, "reminder superseded: the runner wrote before it could go", ct);
                logger.LogInformation("Reminder {MessageId} to chat {ChatId} dropped: the runner wrote first and it no longer fits before the reply",
                    message.Id, chatId);
            }
            else
            {
                after.Add((message, SendLane.Bulk));
            }
        }

        return new ChatPlan([.. steps, .. after], pending.Count < PageSize);
    }

    private async Task<int> DropOverCapAsync(HipKneeDbContext db, long chatId, CancellationToken ct)
    {
        var count = await OutboxQueries.CountPendingAsync(db, chatId, ct);
        var dropped = count > MaxPendingPerChat
            ? await OutboxQueries.DropOldestBulkAsync(db, chatId, count - MaxPendingPerChat, $"over the cap of {MaxPendingPerChat} pending messages per chat", ct)
            : 0;
        if (dropped > 0)
        {
            logger.LogWarning("Chat {ChatId} had {Count} pending messages, over the cap of {Cap}: dropped its {Dropped} oldest reminders, summaries or broadcasts",
                chatId, count, MaxPendingPerChat, dropped);
        }

        return dropped;
    }
}
