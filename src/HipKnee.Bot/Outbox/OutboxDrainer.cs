using HipKnee.Bot.Delivery;
using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Outbox;

/// <summary>
/// Sends every pending outbox message at once, oldest first, one at a time: for console mode, where
/// there are no rate limits to keep and a reply must be printed before the next prompt.
/// </summary>
public sealed class OutboxDrainer(IServiceScopeFactory scopes, IReplyTransport transport, TimeProvider time)
{
    public async Task DrainAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var pending = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var message in pending)
        {
            var result = await OutboxQueries.ResolveEditAsync(db, message, ct) ? await transport.SendAsync(message, ct) : SendResult.Sent;
            OutboxRowUpdate.Finish(db, message, result, attempts: 1, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }
}
