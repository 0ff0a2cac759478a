using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests.MiniApp;

/// <summary>
/// Eleven weeks of Monday/Wednesday/Friday training in Berlin: mostly completed sessions with a knee-pain answer after
/// each, three partial ones, three missed days, and one ad-hoc /pain entry (which the pain trend leaves out).
/// </summary>
public static class MiniAppHistory
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Wednesday 9 Sep 2026: the first week of the twelve shown starts two days before the runner joined.</summary>
    public static readonly DateTimeOffset JoinedAt = new(2026, 9, 9, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Thursday 26 Nov 2026, 10:00 in Berlin: this week Monday was completed, Wednesday partial, Friday is to come.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly[] Missed = [new(2026, 10, 2), new(2026, 10, 19), new(2026, 11, 13)];

    public static readonly DateOnly[] Partial = [new(2026, 9, 23), new(2026, 10, 28), new(2026, 11, 25)];

    public static readonly DateOnly CompletedThisWeek = new(2026, 11, 23);

    /// <summary>Levels per exercise as stored (0 is the beginner variant): lunge 2 (12 per leg), side plank 1, bridge 3, step-down 0.</summary>
    public const string Levels = "2,1,3,0";

    /// <summary>The after-session pain answers, one per completed session, repeating.</summary>
    private static readonly int[] PainPattern = [3, 2, 2, 1, 2, 1, 0];

    public static IEnumerable<DateOnly> TrainingDays()
    {
        for (var day = DateOnly.FromDateTime(JoinedAt.UtcDateTime); day < DateOnly.FromDateTime(Now.UtcDateTime); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Friday && !Missed.Contains(day))
            {
                yield return day;
            }
        }
    }

    /// <summary>How many after-session pain answers were seeded (the dots of the pain chart).</summary>
    public static int PainAnswers => TrainingDays().Count(day => !Partial.Contains(day));

    public static async Task SeedAsync(Support.TestDatabase db)
    {
        await using var context = db.Open();
        var number = 0;
        foreach (var day in TrainingDays())
        {
            number++;
            var started = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 45)), Berlin.GetUtcOffset(day.ToDateTime(new TimeOnly(7, 45))));
            var partial = Partial.Contains(day);
            var session = new SessionRecord
            {
                ChatId = MiniAppScenario.Runner, Number = number, StartedAt = started, EndedAt = started.AddMinutes(partial ? 9 : 24),
                Outcome = (int)(partial ? SessionOutcome.Stopped : SessionOutcome.Completed),
            };
            for (var step = 0; step < (partial ? 3 : 8); step++)
            {
                session.Sets.Add(new SetResultRecord { Step = step, Outcome = (int)SetOutcome.Done, MillisecondsIntoSession = (step + 1) * 150_000 });
            }

            context.Sessions.Add(session);
            if (!partial)
            {
                context.PainEntries.Add(new PainEntryRecord
                {
                    ChatId = MiniAppScenario.Runner, At = session.EndedAt.Value.AddMinutes(1), LocalDay = day,
                    Score = PainPattern[number % PainPattern.Length], SessionNumber = number,
                });
            }
        }

        context.PainEntries.Add(new PainEntryRecord
        {
            ChatId = MiniAppScenario.Runner, At = Now.AddHours(-20), LocalDay = new DateOnly(2026, 11, 25), Score = 7, SessionNumber = number, IsAdHoc = true,
        });
        var user = await context.Users.SingleAsync(u => u.ChatId == MiniAppScenario.Runner);
        (user.SessionCount, user.RedFlagsCleared, user.Levels) = (number, true, Levels);
        (user.LastStartedDay, user.LastCompletedDay) = (new DateOnly(2026, 11, 25), CompletedThisWeek);
        user.Version++;
        await context.SaveChangesAsync();
    }
}
