using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Outbox;

/// <summary>
/// Sends one chat's pending outbox messages at once, oldest first, one at a time: for console mode, where
/// there are no rate limits to keep and a reply must be printed before the next prompt. Only that chat's: pointed
/// at a bot's database, console mode must never print other users' messages or mark them sent.
/// </summary>
public sealed class OutboxDrainer(IServiceScopeFactory scopes, IReplyTransport transport, TimeProvider time)
{
    public async Task DrainAsync(long chatId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var pending = await db.Outbox.Where(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending).OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var message in pending)
        {
            var result = await OutboxQueries.ResolveEditAsync(db, message, ct) ? await transport.SendAsync(message, ct) : SendResult.Sent;
            OutboxRowUpdate.Finish(db, message, result, attempts: 1, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }
}
