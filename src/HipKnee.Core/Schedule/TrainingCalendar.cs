namespace HipKnee.Core.Schedule;

/// <summary>Calendar questions about a user's training week, answered in their own time zone.</summary>
public static class TrainingCalendar
{
    public static bool Includes(this TrainingDays days, DayOfWeek day) => (days & Flag(day)) != 0;

    public static TrainingDays Flag(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => TrainingDays.Monday,
        DayOfWeek.Tuesday => TrainingDays.Tuesday,
        DayOfWeek.Wednesday => TrainingDays.Wednesday,
        DayOfWeek.Thursday => TrainingDays.Thursday,
        DayOfWeek.Friday => TrainingDays.Friday,
        DayOfWeek.Saturday => TrainingDays.Saturday,
        _ => TrainingDays.Sunday,
    };

    /// <summary>The user's local date at <paramref name="now"/>; an unknown zone counts as UTC.</summary>
    public static DateOnly LocalDate(DateTimeOffset now, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ZoneOrUtc(timeZoneId)).DateTime);

    /// <summary>The first training day strictly after the user's local today.</summary>
    public static DateOnly NextTrainingDate(DateTimeOffset now, string timeZoneId, TrainingDays days)
    {
        var date = LocalDate(now, timeZoneId);
        var training = days == TrainingDays.None ? TrainingDays.Default : days;
        for (var i = 1; i <= 7; i++)
        {
            var candidate = date.AddDays(i);
            if (training.Includes(candidate.DayOfWeek))
            {
                return candidate;
            }
        }

        return date.AddDays(7);
    }

    public static TimeZoneInfo ZoneOrUtc(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
