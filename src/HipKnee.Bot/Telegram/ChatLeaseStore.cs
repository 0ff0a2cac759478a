using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Per-chat leases in the database: an instance handles a chat's inbox only while it holds the chat's lease,
/// so one chat's updates are handled one at a time and in order, whichever instance received them.
/// </summary>
public sealed class ChatLeaseStore(InstanceIdentity instance, TimeProvider time)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    public async Task<bool> TryAcquireAsync(HipKneeDbContext db, long chatId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var until = now + Duration;
        var me = instance.Id;
        var taken = await db.ChatLeases
            .Where(l => l.ChatId == chatId && (l.Until < now || l.Holder == me))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, me).SetProperty(l => l.Until, until), ct);
        if (taken > 0)
        {
            return true;
        }

        try
        {
            db.ChatLeases.Add(new ChatLease { ChatId = chatId, Holder = me, Until = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance holds a live lease on this chat.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public Task ReleaseAsync(HipKneeDbContext db, long chatId, CancellationToken ct) =>
        db.ChatLeases.Where(l => l.ChatId == chatId && l.Holder == instance.Id).ExecuteDeleteAsync(ct);
}
