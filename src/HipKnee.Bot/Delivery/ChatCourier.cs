using HipKnee.Bot.Observability;
using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Delivery;

/// <summary>
/// Delivers one chat's pending messages strictly in order, each outcome committed before the next message
/// goes. Stops at a message that must wait (429) or when the chat turns out unreachable; the sender
/// starts a courier for the chat again once its first message is due.
/// </summary>
public sealed class ChatCourier(
    IServiceScopeFactory scopes, ResilientDelivery delivery, DeliveryLedger ledger, DeliveryRateLimiter limiter, HipKneeMetrics metrics, TimeProvider time)
{
    private const int PageSize = 20;

    /// <summary>Starts with <paramref name="head"/>, the chat's first pending message, then goes on with the ones after it.</summary>
    public async Task DeliverChatAsync(OutboxMessage head, CancellationToken ct, CancellationToken abortCall)
    {
        IReadOnlyList<OutboxMessage> page = [head];
        while (page.Count > 0)
        {
            foreach (var message in page)
            {
                if (message.NextAttemptAt > time.GetUtcNow() || !await DeliverAsync(message, ct, abortCall))
                {
                    return;
                }
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
            page = await OutboxQueries.ChatPageAsync(db, head.ChatId, page[^1].Id, PageSize, ct);
        }
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
    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken ct, CancellationToken abortCall)
    {
        var (result, attempts) = await ResolveEditAsync(message, ct) ? await delivery.SendAsync(message, ct, abortCall) : (Outbox.SendResult.Sent, 0);
        if (result is Outbox.SendResult.RateLimited limited)
        {
            limiter.ReportRateLimited(limited.RetryAfter);
        }

        metrics.RecordSend(message.Kind, result);
        var outcome = new DeliveryOutcome(message.Id, message.ChatId, result, attempts, time.GetUtcNow());
        await ledger.RecordAsync(outcome);
        return !outcome.StopsChat;
    }
}
