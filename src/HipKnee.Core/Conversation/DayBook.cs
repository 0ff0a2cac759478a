using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// What every decision implies for the reminder plan: the days a session was started or completed on,
/// a fresh next reminder whenever the schedule, zone or pause changed (or none is planned), and likewise the weekly summary.
/// </summary>
internal static class DayBook
{
    public static Decision Update(UserState before, Decision decision, DateTimeOffset now)
    {
        var next = decision.Next;
        var today = next.LocalDate(now);
        if (next.Levels != before.Levels && !decision.Events.Any(e => e is DataErased))
        {
            next = next with { LevelChanges = next.LevelChanges.After(before.Levels, next.Levels, now) };
        }

        if (decision.Events.Any(e => e is SessionStarted))
        {
            next = next with { LastStartedDay = today };
        }

        if (decision.Events.Any(e => e is SessionEnded { Outcome: SessionOutcome.Completed }))
        {
            next = next with { LastCompletedDay = today };
        }

        if (decision.Events.OfType<SessionEnded>().Any(e => e.Done > 0))
        {
            next = MorningCheck.Plan(next, now);
        }

        if (next.RemindersPaused && next.NextMorningCheckAt is not null)
        {
            // /pause stops every message the user did not ask for, the morning check included.
            next = next with { NextMorningCheckAt = null, MorningCheckDay = next.MorningCheckOpen ? next.MorningCheckDay : null };
        }

        if (next.Timer is { } timer && !timer.IsFor(next.Session))
        {
            // Done, skip, stop or a closed session: the user moved on, so the countdown must never fire.
            next = next with { Timer = null };
        }

        if (!next.HasSchedule || next.RemindersPaused)
        {
            next = next with { NextNudge = null };
        }
        else if (next.NextNudge is null || ReminderPlanner.ScheduleDiffers(before, next))
        {
            next = next with { NextNudge = ReminderPlanner.Next(next, now) };
        }

        var firstDay = CoachTexts.For(next.Language).FirstDayOfWeek;
        if (SummaryPlanner.Next(next, now, firstDay) is null)
        {
            next = next with { NextSummaryAt = null };
        }
        else if (next.NextSummaryAt is null || SummaryPlanner.Differs(before, next))
        {
            next = next with { NextSummaryAt = SummaryPlanner.Next(next, now, firstDay) };
        }

        return next == decision.Next ? decision : decision with { Next = next };
    }
}
