using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Admin;

/// <summary>The figures /admin shows.</summary>
internal sealed record AdminStats(int Users, int ActiveUsers, int SessionsThisWeek, int RemindersToday, int OutboxDepth)
{
    public static async Task<AdminStats> ReadAsync(HipKneeDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var weekAgo = now.AddDays(-7);
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return new AdminStats(
            await db.Users.CountAsync(ct),
            await db.Users.CountAsync(u => u.IsActive, ct),
            await db.Sessions.CountAsync(s => s.StartedAt >= weekAgo, ct),
            await db.Outbox.CountAsync(m => m.Topic == OutboxTopic.Reminder && m.CreatedAt >= today, ct),
            await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, ct));
    }
}
