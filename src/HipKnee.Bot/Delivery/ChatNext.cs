using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Delivery;

/// <summary>
/// What a chat's courier sends next: its first reply, and before it any older bulk message that still fits (the chat's
/// pace lets both go now) — an older reminder that does not fit is dropped, as the runner has just written; a summary
/// or broadcast that does not fit waits until the replies are out. Without replies, the first bulk message. A chat
/// with more than <see cref="MaxPendingPerChat"/> pending messages first loses its oldest bulk ones.
/// </summary>
public sealed class ChatNext(DeliveryRateLimiter limiter, TimeProvider time, ILogger<ChatNext> logger)
{
    public const int MaxPendingPerChat = 50;

    private const int PageSize = MaxPendingPerChat + 1;

    /// <summary>The message, its lane, and whether it was the chat's only pending message; null when none is pending.</summary>
    public async Task<(OutboxMessage Message, SendLane Lane, bool Alone)?> FindAsync(HipKneeDbContext db, long chatId, CancellationToken ct)
    {
        var pending = await OutboxQueries.ChatPendingAsync(db, chatId, PageSize, ct);
        if (pending.Count > MaxPendingPerChat && await DropOverCapAsync(db, chatId, ct) > 0)
        {
            pending = await OutboxQueries.ChatPendingAsync(db, chatId, PageSize, ct);
        }

        var alone = pending.Count == 1;
        if (pending.FirstOrDefault(m => SendLanes.Of(m) == SendLane.Reply) is not { } reply)
        {
            return pending.Count > 0 ? (pending[0], SendLane.Bulk, alone) : null;
        }

        foreach (var older in pending.TakeWhile(m => m.Id < reply.Id))
        {
            if (older.NextAttemptAt <= time.GetUtcNow() && limiter.ChatHasRoomFor(chatId, 2))
            {
                return (older, SendLane.Reply, false);
            }

            if (older.Topic == OutboxTopic.Reminder)
            {
                // The runner has just written, so a nudge to start training no longer fits after the answer.
                await OutboxQueries.DropAsync(db, older.Id, "reminder superseded: the runner wrote before it could go", ct);
                logger.LogInformation("Reminder {MessageId} to chat {ChatId} dropped: the runner wrote first and it no longer fits before the reply",
                    older.Id, chatId);
            }
        }

        return (reply, SendLane.Reply, alone);
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
