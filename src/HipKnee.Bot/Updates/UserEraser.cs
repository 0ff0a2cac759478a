using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Leases;

namespace HipKnee.Bot.Updates;

/// <summary>
/// /deletemydata, confirmed: removes every row about one user — sessions and their sets, pain entries, declined days,
/// morning checks, messages still waiting or already sent, webhook updates not yet handled, the chat's lease, and the
/// user — in the caller's transaction. The lease may be this very instance's: after the commit the chat has nothing left to handle.
/// </summary>
internal static class UserEraser
{
    public static async Task EraseAsync(HipKneeDbContext db, UserRecord user, CancellationToken ct)
    {
        var chatId = user.ChatId;
        await db.SetResults.Where(r => r.Session!.ChatId == chatId).ExecuteDeleteAsync(ct);
        await db.Sessions.Where(s => s.ChatId == chatId).ExecuteDeleteAsync(ct);
        await db.PainEntries.Where(p => p.ChatId == chatId).ExecuteDeleteAsync(ct);
        await db.SkippedDays.Where(d => d.ChatId == chatId).ExecuteDeleteAsync(ct);
        await db.MorningChecks.Where(c => c.ChatId == chatId).ExecuteDeleteAsync(ct);
        await db.Outbox.Where(m => m.ChatId == chatId).ExecuteDeleteAsync(ct);
        await db.Inbox.Where(i => i.ChatId == chatId).ExecuteDeleteAsync(ct);
        var lease = ChatLeaseStore.Name(chatId);
        await db.Leases.Where(l => l.Name == lease).ExecuteDeleteAsync(ct);
        db.Users.Remove(user);
    }
}
