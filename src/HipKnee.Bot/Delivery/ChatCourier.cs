using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Delivery;

/// <summary>
/// Delivers one chat's pending messages strictly in order, each outcome committed before the next message
/// goes. Stops at a message that must wait (429) or when the chat turns out unreachable; the sender
/// starts a courier for the chat again once its first message is due.
/// </summary>
public sealed class ChatCourier(IServiceScopeFactory scopes, ResilientDelivery delivery, DeliveryLedger ledger, DeliveryRateLimiter limiter, TimeProvider time)
{
    private const int PageSize = 20;

    public async Task DeliverChatAsync(long chatId, CancellationToken ct, CancellationToken abortCall)
    {
        long after = 0;
        while (true)
        {
            var page = await LoadPageAsync(chatId, after, ct);
            if (page.Count == 0)
            {
                return;
            }

            foreach (var message in page)
            {
                if (message.NextAttemptAt > time.GetUtcNow())
                {
                    return;
                }

                var (result, attempts) = await delivery.SendAsync(message, ct, abortCall);
                if (result is Outbox.SendResult.RateLimited limited)
                {
                    limiter.ReportRateLimited(limited.RetryAfter);
                }

                var outcome = new DeliveryOutcome(message.Id, chatId, result, attempts, time.GetUtcNow());
                await ledger.RecordAsync(outcome);
                if (outcome.StopsChat)
                {
                    return;
                }

                after = message.Id;
            }
        }
    }

    private async Task<List<OutboxMessage>> LoadPageAsync(long chatId, long after, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        return await db.Outbox.AsNoTracking()
            .Where(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending && m.Id > after)
            .OrderBy(m => m.Id)
            .Take(PageSize)
            .ToListAsync(ct);
    }
}
