using HipKnee.Core.Conversation;

namespace HipKnee.Core.Schedule;

/// <summary>Plans a user's next training-day reminder from their schedule.</summary>
public static class ReminderPlanner
{
    /// <summary>The next reminder strictly after <paramref name="now"/>; null without a schedule or while paused.</summary>
    public static Nudge? Next(UserState state, DateTimeOffset now)
    {
        if (!state.HasSchedule || state.RemindersPaused)
        {
            return null;
        }

        var zone = TrainingCalendar.ZoneOrUtc(state.TimeZoneId);
        var after = now;
        while (true)
        {
            var at = ReminderCalendar.NextAfter(after, zone, state.TrainingDays, state.ReminderTime);
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
            // A day already trained or declined gets no reminder; plan the following training day instead.
            if (day != state.LastStartedDay && day != state.LastCompletedDay && day != state.SkippedDay)
            {
                return new Nudge(at, NudgeKind.Reminder, day);
            }

            after = at;
        }
    }

    /// <summary>An instant shown on the user's own clock.</summary>
    public static DateTimeOffset Local(DateTimeOffset at, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(at, TrainingCalendar.ZoneOrUtc(timeZoneId));

    /// <summary>When the user's next reminder is, on their own clock; null when none is planned.</summary>
    public static DateTimeOffset? NextLocal(UserState state, DateTimeOffset now) =>
        Next(state, now) is { } nudge ? Local(nudge.At, state.TimeZoneId) : null;

    public static bool ScheduleDiffers(UserState a, UserState b) =>
        a.HasSchedule != b.HasSchedule || a.RemindersPaused != b.RemindersPaused || a.TrainingDays != b.TrainingDays
        || a.ReminderTime != b.ReminderTime || a.TimeZoneId != b.TimeZoneId;
}
