using System.Diagnostics;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bench;

/// <summary>
/// Users with a few weeks of realistic history, bulk-inserted in one transaction: user i has i % 3 finished sessions
/// of eight set results, every fifth one a declined training day, and what retention leaves of the bookkeeping (two
/// sent replies and two processed update ids each). There is no pain log table yet, so no pain entries are seeded.
/// </summary>
public static class HistorySeeder
{
    public static long ChatId(int user) => SeedUsers.FirstChatId + user;

    /// <summary>Seeds <paramref name="users"/> users into a migrated database; returns how long it took.</summary>
    public static async Task<TimeSpan> SeedAsync(BenchDatabase db, int users, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        await using var context = db.Open();
        await context.Database.MigrateAsync();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var nextReminder = NextMondayReminder(now);
        // Parents before children, table by table: PostgreSQL checks foreign keys as rows arrive.
        await using (var userRows = new BulkInserter<UserRecord>(context, connection, transaction))
        {
            for (var i = 0; i < users; i++)
            {
                var user = SeedUsers.Scheduled(ChatId(i), nextReminder, DateOnly.FromDateTime(nextReminder.UtcDateTime), now.AddDays(-30));
                user.SessionCount = Sessions(i);
                user.LastStartedDay = user.LastCompletedDay = Sessions(i) == 0 ? null : DateOnly.FromDateTime(Started(i, Sessions(i), now).UtcDateTime);
                await userRows.AddAsync(user);
            }
        }

        await using (var sessionRows = new BulkInserter<SessionRecord>(context, connection, transaction))
        {
            long sessionId = 0;
            for (var i = 0; i < users; i++)
            {
                for (var number = 1; number <= Sessions(i); number++)
                {
                    var started = Started(i, number, now);
                    await sessionRows.AddAsync(new SessionRecord
                    {
                        Id = ++sessionId, ChatId = ChatId(i), Number = number, StartedAt = started, EndedAt = started.AddMinutes(20),
                        Outcome = (int)SessionOutcome.Completed,
                    });
                }
            }
        }

        await using (var setRows = new BulkInserter<SetResultRecord>(context, connection, transaction))
        await using (var skippedRows = new BulkInserter<SkippedDayRecord>(context, connection, transaction))
        await using (var outboxRows = new BulkInserter<OutboxMessage>(context, connection, transaction))
        await using (var processedRows = new BulkInserter<ProcessedUpdate>(context, connection, transaction))
        {
            long sessionId = 0, setId = 0, outboxId = 0, updateId = SeededUpdateIds;
            for (var i = 0; i < users; i++)
            {
                var chat = ChatId(i);
                for (var number = 1; number <= Sessions(i); number++)
                {
                    sessionId++;
                    foreach (var set in HipRoutine.Sets)
                    {
                        await setRows.AddAsync(new SetResultRecord
                        {
                            Id = ++setId, SessionId = sessionId, Step = set.Index, Outcome = (int)SetOutcome.Done,
                            MillisecondsIntoSession = (long)TimeSpan.FromMinutes(2 * (set.Index + 1)).TotalMilliseconds,
                        });
                    }
                }

                if (i % 5 == 0)
                {
                    await skippedRows.AddAsync(new SkippedDayRecord { ChatId = chat, Day = DateOnly.FromDateTime(now.AddDays(-3).UtcDateTime), At = now.AddDays(-3) });
                }

                for (var reply = 0; reply < 2; reply++)
                {
                    var at = now.AddDays(-1).AddSeconds(reply);
                    await outboxRows.AddAsync(new OutboxMessage
                    {
                        Id = ++outboxId, ChatId = chat, Kind = OutboxKind.Message, Status = OutboxStatus.Sent, Attempts = 1,
                        Text = "Session complete 🎉\n8 sets done, 0 skipped, in 21 min.\nNext session: Wednesday", CreatedAt = at, NextAttemptAt = at, SentAt = at,
                    });
                    await processedRows.AddAsync(new ProcessedUpdate { UpdateId = ++updateId, ProcessedAt = at });
                }
            }
        }

        await transaction.CommitAsync();
        if (db.IsPostgres)
        {
            // Explicit keys leave the identity sequences behind; move them past what was seeded.
            await context.Database.ExecuteSqlRawAsync(
                """
                SELECT setval(pg_get_serial_sequence('"Sessions"', 'Id'), (SELECT COALESCE(MAX("Id"), 1) FROM "Sessions"));
                SELECT setval(pg_get_serial_sequence('"SetResults"', 'Id'), (SELECT COALESCE(MAX("Id"), 1) FROM "SetResults"));
                SELECT setval(pg_get_serial_sequence('"Outbox"', 'Id'), (SELECT COALESCE(MAX("Id"), 1) FROM "Outbox"));
                """);
        }

        return clock.Elapsed;
    }

    /// <summary>Seeded processed update ids start here, above Telegram's 32-bit ids, so no update a run sends is taken for a seen one.</summary>
    private const long SeededUpdateIds = 3_000_000_000;

    private static int Sessions(int user) => user % 3;

    /// <summary>A week between sessions, the last one a week ago, at a time of day that varies by user.</summary>
    private static DateTimeOffset Started(int user, int number, DateTimeOffset now) =>
        now.AddDays(-7 * (Sessions(user) - number + 1)).AddMinutes(user % 600);

    private static DateTimeOffset NextMondayReminder(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);
    }
}
