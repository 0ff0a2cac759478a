using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Updates;

/// <summary>Records the coach's events: sessions and set results, declined days and pain entries.</summary>
internal static class SessionEventWriter
{
    /// <param name="localDay">The user's local date of an instant, for entries stored with their date.</param>
    public static async Task WriteAsync(HipKneeDbContext db, long chatId, IReadOnlyList<SessionEvent> events, Func<DateTimeOffset, DateOnly> localDay, CancellationToken ct)
    {
        foreach (var sessionEvent in events)
        {
            if (sessionEvent is TrainingDaySkipped skipped)
            {
                if (await db.SkippedDays.FindAsync([chatId, skipped.Day], ct) is null)
                {
                    db.SkippedDays.Add(new SkippedDayRecord { ChatId = chatId, Day = skipped.Day, At = skipped.At });
                }

                continue;
            }

            if (sessionEvent is PainRecorded pain)
            {
                db.PainEntries.Add(new PainEntryRecord
                {
                    ChatId = chatId,
                    At = pain.At,
                    LocalDay = localDay(pain.At),
                    Score = pain.Score,
                    SessionNumber = pain.SessionNumber,
                    IsAdHoc = !pain.AfterSession,
                });
                continue;
            }

            if (sessionEvent is HurtExerciseNamed hurt)
            {
                // The answer belongs to the session's own pain entry, the latest after-session one.
                var entry = db.PainEntries.Local.Where(p => p.ChatId == chatId && !p.IsAdHoc).MaxBy(p => p.At)
                    ?? await db.PainEntries.Where(p => p.ChatId == chatId && !p.IsAdHoc).OrderByDescending(p => p.At).FirstOrDefaultAsync(ct);
                if (entry is not null)
                {
                    entry.HurtExercise = (int?)hurt.Exercise;
                }

                continue;
            }

            if (sessionEvent is MorningCheckAnswered morning)
            {
                db.MorningChecks.Add(new MorningCheckRecord { ChatId = chatId, Day = morning.Day, Answer = (int)morning.Answer, At = morning.At });
                continue;
            }

            if (sessionEvent is SessionStarted started)
            {
                db.Sessions.Add(new SessionRecord { ChatId = chatId, Number = started.SessionNumber, StartedAt = started.At });
                continue;
            }

            var session = await FindAsync(db, chatId, sessionEvent.SessionNumber, ct);
            if (session is null)
            {
                continue;
            }

            switch (sessionEvent)
            {
                case SetRecorded set:
                    session.Sets.Add(new SetResultRecord
                    {
                        Step = set.Step,
                        Outcome = (int)set.Outcome,
                        MillisecondsIntoSession = SetResultRecord.MillisecondsBetween(session.StartedAt, set.At),
                    });
                    break;
                case SessionEnded ended:
                    session.EndedAt = ended.At;
                    session.Outcome = (int)ended.Outcome;
                    break;
            }
        }
    }

    private static async Task<SessionRecord?> FindAsync(HipKneeDbContext db, long chatId, int number, CancellationToken ct) =>
        db.Sessions.Local.FirstOrDefault(s => s.ChatId == chatId && s.Number == number)
        ?? await db.Sessions.FirstOrDefaultAsync(s => s.ChatId == chatId && s.Number == number, ct);
}
