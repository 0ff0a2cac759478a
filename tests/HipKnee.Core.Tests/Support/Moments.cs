namespace HipKnee.Core.Tests.Support;

/// <summary>Fixed instants, so that weekday-dependent answers are predictable.</summary>
internal static class Moments
{
    /// <summary>Sunday 1 March 2026, 23:30 UTC (already Monday in Berlin).</summary>
    public static readonly DateTimeOffset SundayLateUtc = new(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

    /// <summary>Monday 2 March 2026, 07:00 UTC.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 6 March 2026, 07:00 UTC.</summary>
    public static readonly DateTimeOffset FridayMorning = new(2026, 3, 6, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Sunday 8 March 2026, 07:00 UTC.</summary>
    public static readonly DateTimeOffset SundayMorning = new(2026, 3, 8, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Sunday 1 March 2026, 12:00 UTC: Berlin is on winter time (UTC+1); the next day is a Monday.</summary>
    public static readonly DateTimeOffset WinterSundayNoon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Sunday 7 June 2026, 12:00 UTC: Berlin is on summer time (UTC+2); the next day is a Monday.</summary>
    public static readonly DateTimeOffset SummerSundayNoon = new(2026, 6, 7, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 2 March 2026, the training day after <see cref="WinterSundayNoon"/>.</summary>
    public static readonly DateOnly WinterMonday = new(2026, 3, 2);

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
