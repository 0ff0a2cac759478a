using HipKnee.Core.Conversation;

namespace HipKnee.Core.Schedule;

/// <summary>Plans the weekly summary: the last day of the user's week (Sunday for a week from Monday) at 19:00 local time.</summary>
public static class SummaryPlanner
{
    public static readonly TimeOnly LocalTime = new(19, 0);

    /// <summary>The next summary strictly after <paramref name="after"/>; null when turned off or the user never trained or planned.</summary>
    public static DateTimeOffset? Next(UserState state, DateTimeOffset after, DayOfWeek firstDay)
    {
        if (state.SummariesOff || !(state.HasSchedule || state.SessionCount > 0))
        {
            return null;
        }

        var lastDay = (DayOfWeek)(((int)firstDay + 6) % 7);
        return ReminderCalendar.NextAfter(after, TrainingCalendar.ZoneOrUtc(state.TimeZoneId), TrainingCalendar.Flag(lastDay), LocalTime);
    }

    public static bool Differs(UserState a, UserState b) =>
        a.SummariesOff != b.SummariesOff || a.TimeZoneId != b.TimeZoneId || a.Language != b.Language
        || a.HasSchedule != b.HasSchedule || (a.SessionCount == 0) != (b.SessionCount == 0);
}
