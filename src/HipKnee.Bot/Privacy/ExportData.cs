using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Privacy;

/// <summary>Everything stored about one user, read in the caller's transaction for /export.</summary>
internal sealed record ExportData(
    long ChatId,
    DateTimeOffset ExportedAt,
    UserRecord? User,
    IReadOnlyList<SessionRecord> Sessions,
    IReadOnlyList<PainEntryRecord> Pain,
    IReadOnlyList<SkippedDayRecord> DeclinedDays,
    IReadOnlyList<MorningCheckRecord> MorningChecks)
{
    /// <summary>Reads only rows of <paramref name="chatId"/>; the user row as the caller has it (with this update's changes).</summary>
    public static async Task<ExportData> LoadAsync(HipKneeDbContext db, long chatId, DateTimeOffset now, CancellationToken ct)
    {
        var user = db.Users.Local.FirstOrDefault(u => u.ChatId == chatId) ?? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.ChatId == chatId, ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ChatId == chatId).Include(s => s.Sets).OrderBy(s => s.Number).ToListAsync(ct);
        var pain = await db.PainEntries.AsNoTracking().Where(p => p.ChatId == chatId).OrderBy(p => p.At).ToListAsync(ct);
        var declined = await db.SkippedDays.AsNoTracking().Where(d => d.ChatId == chatId).OrderBy(d => d.Day).ToListAsync(ct);
        var mornings = await db.MorningChecks.AsNoTracking().Where(c => c.ChatId == chatId).OrderBy(c => c.At).ToListAsync(ct);
        return new ExportData(chatId, now, user, sessions, pain, declined, mornings);
    }
}
