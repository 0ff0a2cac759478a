using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Support;

/// <summary>
/// A slow, independent model of the reminder rule for checking <see cref="ReminderCalendar"/>: it never asks
/// TimeZoneInfo about gaps or overlaps, only tries the UTC offsets in force around a date and keeps those whose
/// local clock really shows the wanted wall time.
/// </summary>
internal static class WallClock
{
    /// <summary>The earliest instant whose local clock reads <paramref name="local"/>; null inside a gap.</summary>
    public static DateTimeOffset? FirstInstant(DateTime local, TimeZoneInfo zone)
    {
        var nearby = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        var offsets = Enumerable.Range(-6, 13).Select(hours => zone.GetUtcOffset(nearby.AddHours(hours * 6))).Distinct();
        return offsets
            .Select(offset => new DateTimeOffset(local, offset))
            .Where(candidate => TimeZoneInfo.ConvertTime(candidate, zone).DateTime == local)
            .OrderBy(candidate => candidate.UtcTicks)
            .Cast<DateTimeOffset?>()
            .FirstOrDefault();
    }

    /// <summary>The wall time on a date, or the first minute after it that exists on the local clock.</summary>
    public static DateTimeOffset FirstValidFrom(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        for (var minutes = 0; minutes <= 180; minutes++)
        {
            if (FirstInstant(local.AddMinutes(minutes), zone) is { } instant)
            {
                return instant;
            }
        }

        throw new InvalidOperationException($"No valid local minute within three hours of {local} in {zone.Id}.");
    }

    /// <summary>The reminder rule spelled out: the earliest training-day wall time strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextReminder(DateTimeOffset after, TimeZoneInfo zone, TrainingDays days, TimeOnly time)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        return Enumerable.Range(-2, 12)
            .Select(offset => today.AddDays(offset))
            .Where(date => days.Includes(date.DayOfWeek))
            .Select(date => FirstValidFrom(date, time, zone))
            .Where(instant => instant > after)
            .Min();
    }
}
