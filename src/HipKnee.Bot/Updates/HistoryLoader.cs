using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Updates;

/// <summary>Loads the part of a user's past the coach asked for (<see cref="Coach.HistoryNeeded"/>), and nothing when it asked for none.</summary>
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
            .Select(p => new { p.At, p.Score, p.IsAdHoc })
            .ToListAsync(ct);
        var skippedSteps = (await db.SetResults.AsNoTracking()
                .Where(r => r.Session!.ChatId == chatId && r.Session.StartedAt >= from && r.Outcome == (int)SetOutcome.Skipped)
                .Select(r => new { r.Session!.Number, r.Step })
                .ToListAsync(ct))
            .ToLookup(r => r.Number, r => r.Step);
        var skipped = from == DateTimeOffset.MinValue ? await SkippedSetsAsync(db, chatId, ct) : empty.SkippedSets;
        return empty with
        {
            Sessions = sessions.Select(s => new PastSession(s.Number, s.StartedAt, (SessionOutcome?)s.Outcome)
            {
                SkippedExercises = ExerciseMask.FromSkippedSteps(skippedSteps[s.Number].Aggregate(0, (mask, step) => mask | (1 << step))),
            }).ToList(),
            Pain = pain.Select(p => new PainReading(p.At, p.Score) { AfterSession = !p.IsAdHoc }).ToList(),
            SkippedSets = skipped,
        };
    }

    /// <summary>
    /// The same bounded window for a whole batch of users in two queries instead of two per user (the scans' hot path).
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, History>> LoadManyAsync(HipKneeDbContext db, IReadOnlyList<UserRecord> users, DateTimeOffset from, CancellationToken ct)
    {
        var ids = users.Select(u => u.ChatId).ToList();
        var sessions = (await db.Sessions.AsNoTracking()
                .Where(s => ids.Contains(s.ChatId) && s.StartedAt >= from)
                .Select(s => new { s.ChatId, s.Number, s.StartedAt, s.Outcome })
                .ToListAsync(ct))
            .ToLookup(s => s.ChatId);
        var pain = (await db.PainEntries.AsNoTracking()
                .Where(p => ids.Contains(p.ChatId) && p.At >= from)
                .Select(p => new { p.ChatId, p.At, p.Score, p.IsAdHoc })
                .ToListAsync(ct))
            .ToLookup(p => p.ChatId);
        return users.ToDictionary(u => u.ChatId, u => History.Empty(u.CreatedAt) with
        {
            Sessions = sessions[u.ChatId].OrderBy(s => s.Number).Select(s => new PastSession(s.Number, s.StartedAt, (SessionOutcome?)s.Outcome)).ToList(),
            Pain = pain[u.ChatId].OrderBy(p => p.At).Select(p => new PainReading(p.At, p.Score) { AfterSession = !p.IsAdHoc }).ToList(),
        });
    }

    private static async Task<IReadOnlyDictionary<ExerciseId, int>> SkippedSetsAsync(HipKneeDbContext db, long chatId, CancellationToken ct)
    {
        var counts = await db.SetResults.AsNoTracking()
            .Where(r => r.Session!.ChatId == chatId && r.Outcome == (int)SetOutcome.Skipped)
            .GroupBy(r => r.Step)
            .Select(g => new { Step = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        // The exercise follows from the step (both sides of one exercise are two steps).
        return counts.GroupBy(c => HipRoutine.Sets[c.Step].Exercise.Id).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
    }
}
