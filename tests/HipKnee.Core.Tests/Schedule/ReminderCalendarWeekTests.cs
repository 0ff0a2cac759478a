using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Schedule;

/// <summary>Mon/Wed/Fri at 07:30 in each zone: where the next reminder falls, across week boundaries.</summary>
public sealed class ReminderCalendarWeekTests
{
    private static readonly TimeOnly HalfPastSeven = new(7, 30);

    [Theory]
    // Berlin, winter (UTC+1): Monday 07:30 is 06:30 UTC.
    [InlineData("Europe/Berlin", "2026-03-01T12:00:00Z", "2026-03-02T06:30:00Z")] // Sunday → Monday
    [InlineData("Europe/Berlin", "2026-03-02T06:29:00Z", "2026-03-02T06:30:00Z")] // a minute early → today
    [InlineData("Europe/Berlin", "2026-03-02T06:30:00Z", "2026-03-04T06:30:00Z")] // exactly at it → Wednesday
    [InlineData("Europe/Berlin", "2026-03-06T07:00:00Z", "2026-03-09T06:30:00Z")] // Friday after → next Monday
    [InlineData("Europe/Berlin", "2026-03-01T23:30:00Z", "2026-03-02T06:30:00Z")] // late Sunday UTC = Monday 00:30 Berlin
    [InlineData("Europe/Berlin", "2026-03-27T12:00:00Z", "2026-03-30T05:30:00Z")] // Friday → Monday across the spring change
    [InlineData("Europe/Berlin", "2026-06-07T12:00:00Z", "2026-06-08T05:30:00Z")] // summer (UTC+2)
    [InlineData("Europe/Berlin", "2026-12-31T12:00:00Z", "2027-01-01T06:30:00Z")] // across the year end (Friday)
    // New York (UTC-5 / UTC-4): Monday 07:30 is 12:30 or 11:30 UTC.
    [InlineData("America/New_York", "2026-03-02T07:00:00Z", "2026-03-02T12:30:00Z")] // still early Monday in New York
    [InlineData("America/New_York", "2026-03-06T13:00:00Z", "2026-03-09T11:30:00Z")] // Friday → Monday across the spring change
    [InlineData("America/New_York", "2026-03-09T03:00:00Z", "2026-03-09T11:30:00Z")] // Monday UTC, still Sunday night in New York
    [InlineData("America/New_York", "2026-11-06T13:00:00Z", "2026-11-09T12:30:00Z")] // Friday → Monday after the autumn change
    // Kathmandu (UTC+05:45): 07:30 is 01:45 UTC.
    [InlineData("Asia/Kathmandu", "2026-03-02T01:44:00Z", "2026-03-02T01:45:00Z")]
    [InlineData("Asia/Kathmandu", "2026-03-06T01:45:00Z", "2026-03-09T01:45:00Z")]
    [InlineData("Asia/Kathmandu", "2026-03-01T20:00:00Z", "2026-03-02T01:45:00Z")] // Monday 01:45 local
    // Kiritimati (UTC+14): Monday 07:30 is Sunday 17:30 UTC.
    [InlineData("Pacific/Kiritimati", "2026-03-01T12:00:00Z", "2026-03-01T17:30:00Z")] // Monday 02:00 local, Sunday in UTC
    [InlineData("Pacific/Kiritimati", "2026-03-01T17:30:00Z", "2026-03-03T17:30:00Z")] // → Wednesday local
    [InlineData("Pacific/Kiritimati", "2026-03-05T18:00:00Z", "2026-03-08T17:30:00Z")] // Friday 08:00 local → Monday
    // Lord Howe, no change in sight (UTC+11 in March).
    [InlineData("Australia/Lord_Howe", "2026-03-01T12:00:00Z", "2026-03-01T20:30:00Z")] // Sunday 23:00 local → Monday
    // UTC
    [InlineData("UTC", "2026-03-06T07:30:00Z", "2026-03-09T07:30:00Z")]
    [InlineData("UTC", "2026-03-07T00:00:00Z", "2026-03-09T07:30:00Z")]
    [InlineData("UTC", "2026-03-08T23:59:00Z", "2026-03-09T07:30:00Z")]
    public void Next_reminder_is_the_next_training_day_at_the_local_time(string zone, string after, string expected) =>
        Assert.Equal(
            DateTimeOffset.Parse(expected),
            ReminderCalendar.NextAfter(DateTimeOffset.Parse(after), TimeZoneInfo.FindSystemTimeZoneById(zone), TrainingDays.Default, HalfPastSeven));

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Asia/Kathmandu")]
    public void A_week_of_reminders_lands_on_monday_wednesday_and_friday_at_half_past_seven(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var at = new DateTimeOffset(2026, 5, 3, 0, 0, 0, TimeSpan.Zero);
        var locals = new List<DateTime>();
        for (var i = 0; i < 4; i++)
        {
            at = ReminderCalendar.NextAfter(at, zone, TrainingDays.Default, HalfPastSeven);
            locals.Add(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        }

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Monday], locals.Select(local => local.DayOfWeek));
        Assert.All(locals, local => Assert.Equal(HalfPastSeven, TimeOnly.FromDateTime(local)));
    }

    [Fact]
    public void Sunday_and_monday_wrap_round_the_week()
    {
        var days = TrainingDays.Friday | TrainingDays.Sunday | TrainingDays.Tuesday;
        var saturday = new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero);

        var sunday = ReminderCalendar.NextAfter(saturday, TimeZoneInfo.Utc, days, HalfPastSeven);
        var tuesday = ReminderCalendar.NextAfter(sunday, TimeZoneInfo.Utc, days, HalfPastSeven);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero), sunday);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 7, 30, 0, TimeSpan.Zero), tuesday);
    }

    [Fact]
    public void No_days_fall_back_to_monday_wednesday_friday() =>
        Assert.Equal(
            new DateTimeOffset(2026, 3, 4, 7, 30, 0, TimeSpan.Zero),
            ReminderCalendar.NextAfter(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc, TrainingDays.None, HalfPastSeven));
}
