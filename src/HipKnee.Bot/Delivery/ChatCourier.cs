using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Delivery;

/// <summary>
/// Delivers one chat's pending messages, each outcome committed before the next message goes: its replies first, in
/// order, then its bulk messages, in order. A reminder older than a reply goes right before it when the chat's pace
/// lets both go now, and is dropped otherwise (the runner has written since, so it is stale). Stops at a message
/// that must wait (429), when the chat turns out unreachable or when Telegram refuses the token; the sender starts a
/// courier for the chat again once a message of it is due.
/// </summary>
public sealed class ChatCourier(
    IServiceScopeFactory scopes, ResilientDelivery delivery, DeliveryLedger ledger, DeliveryRateLimiter limiter, BotTokenStatus token,
    HipKneeMetrics metrics, TimeProvider time, ILogger<ChatCourier> logger)
{
    /// <summary>Beyond this many pending messages in one chat, its oldest bulk messages are dropped.</summary>
    public const int MaxPendingPerChat = 50;

    private const int PageSize = MaxPendingPerChat + 1;

    public async Task DeliverChatAsync(long chatId, CourierRun run, CancellationToken ct, CancellationToken abortCall)
    {
        while (!token.IsRefused && await NextAsync(chatId, ct) is var (message, lane))
        {
            if (message.NextAttemptAt > time.GetUtcNow())
            {
                return;
            }

            if (lane == SendLane.Reply)
            {
                if (!await DeliverAsync(message, lane, ct, abortCall))
                {
                    return;
                }

                continue;
            }

            if (run.EnterBulkWait(ct) is not { } bulkWait)
            {
                continue;
            }

            try
            {
                if (!await DeliverAsync(message, lane, bulkWait.Token, abortCall))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // A reply came for this chat while its bulk message waited: look again, the reply goes first.
            }
            finally
            {
                run.LeaveBulkWait();
            }
        }
    }

    /// <summary>The chat's next message to send and the lane it goes in; null when nothing is pending.</summary>
    private async Task<(OutboxMessage Message, SendLane Lane)?> NextAsync(long chatId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var pending = await OutboxQueries.ChatPendingAsync(db, chatId, PageSize, ct);
        if (pending.Count > MaxPendingPerChat && await DropOverCapAsync(db, chatId, ct) > 0)
        {
            pending = await OutboxQueries.ChatPendingAsync(db, chatId, PageSize, ct);
        }

        if (pending.FirstOrDefault(m => SendLanes.Of(m) == SendLane.Reply) is not { } reply)
        {
            return pending.Count > 0 ? (pending[0], SendLane.Bulk) : null;
        }

        foreach (var older in pending.TakeWhile(m => m.Id < reply.Id))
        {
            if (older.NextAttemptAt <= time.GetUtcNow() && limiter.ChatHasRoomFor(chatId, 2))
            {
                return (older, SendLane.Reply);
            }

            if (older.Topic == OutboxTopic.Reminder)
            {
                // The runner has just written, so a nudge to start training no longer fits after the answer.
                await OutboxQueries.DropAsync(db, older.Id, "reminder superseded: the runner wrote before it could go", ct);
                logger.LogInformation("Reminder {MessageId} to chat {ChatId} dropped: the runner wrote first and it no longer fits before the reply",
                    older.Id, chatId);
            }

            // A summary or broadcast that does not fit now goes after the replies.
        }

        return (reply, SendLane.Reply);
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

    /// <summary>An edit whose message never went out has nothing to change and is recorded as done without a call.</summary>
    private async Task<bool> ResolveEditAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind != OutboxKind.Edit)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await OutboxQueries.ResolveEditAsync(scope.ServiceProvider.GetRequiredService<HipKneeDbContext>(), message, ct);
    }

    /// <summary>Sends and records one message; false when the chat's later messages must not go now.</summary>
    private async Task<bool> DeliverAsync(OutboxMessage message, SendLane lane, CancellationToken ct, CancellationToken abortCall)
    {
        var (result, attempts) = await ResolveEditAsync(message, ct) ? await delivery.SendAsync(message, lane, ct, abortCall) : (SendResult.Sent, 0);
        if (result is SendResult.TokenRefused refused)
        {
            // Not recorded: the message stays pending as it was, and goes once Telegram accepts the token again.
            token.Refused(refused.Reason);
            return false;
        }

        if (result is SendResult.RateLimited limited)
        {
            limiter.ReportRateLimited(message.ChatId, lane, limited.RetryAfter);
        }

        metrics.RecordSend(message.Kind, result);
        var outcome = new DeliveryOutcome(message.Id, message.ChatId, result, attempts, time.GetUtcNow());
        await ledger.RecordAsync(outcome);
        return !outcome.StopsChat;
    }
}
