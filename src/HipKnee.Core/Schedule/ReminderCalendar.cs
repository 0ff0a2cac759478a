namespace HipKnee.Core.Schedule;

/// <summary>
/// When the next reminder falls: the next chosen weekday at the chosen local wall time in the user's IANA zone.
/// In a spring-forward gap it is the first valid minute after; in a fall-back overlap, the first occurrence.
/// </summary>
public static class ReminderCalendar
{
    /// <summary>The first reminder instant strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset after, TimeZoneInfo zone, TrainingDays days, TimeOnly time)
    {
        var training = days == TrainingDays.None ? TrainingDays.Default : days;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        // Day -1 covers zones where "after" is already tomorrow in local terms but the wall time maps earlier.
        for (var offset = -1; offset <= 8; offset++)
        {
            var date = today.AddDays(offset);
            if (!training.Includes(date.DayOfWeek))
            {
                continue;
            }

            var instant = AtLocal(date, time, zone);
            if (instant > after)
            {
                return instant;
            }
        }

        throw new InvalidOperationException("No training day within eight days; the week has at least one.");
    }

    /// <summary>The instant of a local wall time on a date, moved past a gap or onto the first of an overlap.</summary>
    public static DateTimeOffset AtLocal(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? FirstOccurrenceOffset(zone, local) : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// In an overlap the wall clock shows the time twice; the first time carries the larger (daylight) offset,
    /// which is the offset in force a few hours before. Checked, with the allocating lookup as the fallback,
    /// so the usual path allocates nothing.
    /// </summary>
    private static TimeSpan FirstOccurrenceOffset(TimeZoneInfo zone, DateTime local)
    {
        var before = zone.GetUtcOffset(local.AddHours(-3));
        var after = zone.GetUtcOffset(local.AddHours(3));
        var guess = before > after ? before : after;
        if (TimeZoneInfo.ConvertTime(new DateTimeOffset(local, guess), zone).DateTime == local)
        {
            return guess;
        }

        var offsets = zone.GetAmbiguousTimeOffsets(local);
        var first = offsets[0];
        foreach (var candidate in offsets)
        {
            first = candidate > first ? candidate : first;
        }

        return first;
    }
}
