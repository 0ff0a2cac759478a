using HipKnee.Core.Schedule;

namespace HipKnee.Core.Progress;

/// <summary>
/// The last weeks day by day, Monday first, on the user's own clock: which training days were done (completed or
/// partial), missed or still ahead, and which were rest. A session counts on the local day it started.
/// </summary>
public static class TrainingCalendarView
{
    public const int Weeks = 12;

    public static IReadOnlyList<CalendarWeek> Build(History history, DateTimeOffset now, string timeZoneId, TrainingDays days, int weeks = Weeks)
    {
        var today = TrainingCalendar.LocalDate(now, timeZoneId);
        var joined = TrainingCalendar.LocalDate(history.Joined, timeZoneId);
        var sessionsByDay = history.Sessions
            .Where(s => s.StartedAt <= now)
            .ToLookup(s => TrainingCalendar.LocalDate(s.StartedAt, timeZoneId));
        var training = days == TrainingDays.None ? TrainingDays.Default : days;
        var firstMonday = TrainingWeeks.StartOf(today, DayOfWeek.Monday).AddDays(-7 * (weeks - 1));
        return Enumerable.Range(0, weeks)
            .Select(w => firstMonday.AddDays(7 * w))
            .Select(start => new CalendarWeek(start, Enumerable.Range(0, 7)
                .Select(start.AddDays)
                .Select(day => new CalendarDay(day, StatusOf(day, sessionsByDay[day], today, joined, training), day == today))
                .ToList()))
            .ToList();
    }

    private static DayStatus StatusOf(DateOnly day, IEnumerable<PastSession> sessions, DateOnly today, DateOnly joined, TrainingDays training)
    {
        var started = sessions.ToList();
        if (started.Any(s => s.IsCompleted))
        {
            return DayStatus.Completed;
        }

        if (started.Count > 0)
        {
            return DayStatus.Partial;
        }

        if (day < joined)
        {
            return DayStatus.None;
        }

        if (!training.Includes(day.DayOfWeek))
        {
            return DayStatus.Rest;
        }

        return day < today ? DayStatus.Missed : DayStatus.Upcoming;
    }
}
