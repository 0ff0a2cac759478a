using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Schedule;

/// <summary>
/// The goal is three sessions a week, not three fixed days: when a training day passes without a session,
/// the next rest day of the same week is offered as a catch-up, at the usual reminder time — but never one that
/// would put two training days back to back: muscles (and an irritable knee) need the day between (JOSPT 2019 CPG dosing).
/// </summary>
public static class CatchUpPlanner
{
    /// <summary>The catch-up nudge for a missed training day; null when no rest day is left in its week.</summary>
    public static Nudge? After(UserState state, DateOnly missed, DayOfWeek firstDay, DateTimeOffset now)
    {
        var weekEnd = TrainingWeeks.StartOf(missed, firstDay).AddDays(7);
        var zone = TrainingCalendar.ZoneOrUtc(state.TimeZoneId);
        for (var day = missed.AddDays(1); day < weekEnd; day = day.AddDays(1))
        {
            if (state.TrainingDays.Includes(day.DayOfWeek) || TouchesTraining(state, day, missed))
            {
                continue;
            }

            var at = ReminderCalendar.AtLocal(day, state.ReminderTime, zone);
            return at > now ? new Nudge(at, NudgeKind.CatchUp, day) : null;
        }

        return null;
    }

    /// <summary>Whether a session on <paramref name="day"/> would sit next to another training day (the missed one aside).</summary>
    private static bool TouchesTraining(UserState state, DateOnly day, DateOnly missed)
    {
        var before = day.AddDays(-1);
        var after = day.AddDays(1);
        return (before != missed && state.TrainingDays.Includes(before.DayOfWeek)) || state.TrainingDays.Includes(after.DayOfWeek)
            || state.LastStartedDay == before || state.LastStartedDay == after;
    }

    /// <summary>The training day a catch-up makes up for: the last one before it.</summary>
    public static DateOnly MissedDay(UserState state, DateOnly catchUpDay)
    {
        var day = catchUpDay.AddDays(-1);
        for (var guard = 0; guard < 7 && !state.TrainingDays.Includes(day.DayOfWeek); guard++)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>Whether a catch-up is still worth sending: no session started since the missed day, and the week not yet met.</summary>
    public static bool StillWanted(UserState state, Nudge catchUp, History history, DayOfWeek firstDay)
    {
        var weekStart = TrainingWeeks.StartOf(catchUp.Day, firstDay);
        var trainedSince = state.LastStartedDay is { } started && started >= MissedDay(state, catchUp.Day);
        var completed = history.Sessions.Count(s => s.IsCompleted
            && TrainingCalendar.LocalDate(s.StartedAt, state.TimeZoneId) is var d && d >= weekStart && d < weekStart.AddDays(7));
        return !trainedSince && completed < TrainingWeeks.Goal;
    }
}
