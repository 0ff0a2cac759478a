using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// A chat that blocked the bot (or is gone): the user is marked inactive, their data kept, and what was
/// still waiting to be sent to them is dropped. Runs inside the caller's transaction.
/// </summary>
public static class ChatUnreachable
{
    public static async Task RecordAsync(HipKneeDbContext db, long chatId, string reason, CancellationToken ct = default)
    {
        await DropPendingAsync(db, chatId, reason, ct);
        // The version bump makes a concurrent update of the same user retry instead of overwriting this.
        await db.Users
            .Where(u => u.ChatId == chatId && u.IsActive)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false).SetProperty(u => u.Version, u => u.Version + 1), ct);
    }

    public static Task DropPendingAsync(HipKneeDbContext db, long chatId, string reason, CancellationToken ct = default) =>
        db.Outbox
            .Where(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending)
            // A dropped file keeps no copy of its bytes, like a sent one.
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, OutboxStatus.Dropped).SetProperty(m => m.Error, reason).SetProperty(m => m.Payload, (byte[]?)null),
                ct);
}
