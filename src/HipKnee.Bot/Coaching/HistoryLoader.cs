using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Coaching;

/// <summary>Loads the part of a user's past the coach asked for (<see cref="HistoryWindow"/>), and nothing when it asked for none.</summary>
internal static class HistoryLoader
{
    public static async Task<History> LoadAsync(HipKneeDbContext db, UserRecord user, DateTimeOffset? since, CancellationToken ct)
    {
        var empty = History.Empty(user.CreatedAt);
        if (since is not { } from)
        {
            return empty;
        }

        var chatId = user.ChatId;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.ChatId == chatId && s.StartedAt >= from)
            .OrderBy(s => s.Number)
            .Select(s => new { s.Number, s.StartedAt, s.Outcome })
            .ToListAsync(ct);
        var pain = await db.PainEntries.AsNoTracking()
            .Where(p => p.ChatId == chatId && p.At >= from)
            .OrderBy(p => p.At)
            .Select(p => new { p.At, p.Score })
            .ToListAsync(ct);
        var skipped = from == DateTimeOffset.MinValue ? await SkippedSetsAsync(db, chatId, ct) : empty.SkippedSets;
        return empty with
        {
            Sessions = sessions.Select(s => new PastSession(s.Number, s.StartedAt, (SessionOutcome?)s.Outcome)).ToList(),
            Pain = pain.Select(p => new PainReading(p.At, p.Score)).ToList(),
            SkippedSets = skipped,
        };
    }

    private static async Task<IReadOnlyDictionary<ExerciseId, int>> SkippedSetsAsync(HipKneeDbContext db, long chatId, CancellationToken ct)
    {
        var counts = await db.SetResults.AsNoTracking()
            .Where(r => r.Session!.ChatId == chatId && r.Outcome == (int)SetOutcome.Skipped)
            .GroupBy(r => r.ExerciseId)
            .Select(g => new { Exercise = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.ToDictionary(c => (ExerciseId)c.Exercise, c => c.Count);
    }
}
