using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Coaching;

/// <summary>
/// /deletemydata, confirmed: removes every row about one user — sessions and their sets, pain entries, declined days, morning checks,
/// messages still waiting or already sent, and the user — in the caller's transaction.
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
        db.Users.Remove(user);
    }
}
