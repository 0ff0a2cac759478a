using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>Stores webhook updates for handling after the acknowledgment, once per update id.</summary>
public sealed class WebhookInbox(IServiceScopeFactory scopes, InboxSignal signal, TimeProvider time)
{
    public async Task StoreAsync(Update update, string json, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var id = (long)update.Id;
        if (await db.Inbox.AnyAsync(i => i.UpdateId == id, ct) || await db.ProcessedUpdates.AnyAsync(p => p.UpdateId == id, ct))
        {
            return;
        }

        db.Inbox.Add(new InboxUpdate { UpdateId = id, ChatId = UpdateChat.Of(update), Json = json, ReceivedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Most likely the same update arriving twice at once, the other copy already stored; if not, the caller sees it.
            db.ChangeTracker.Clear();
            if (!await db.Inbox.AnyAsync(i => i.UpdateId == id, ct))
            {
                throw;
            }

            return;
        }

        signal.Notify();
    }
}
