using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Schedule;

/// <summary>
/// The 2026 and 2027 clock changes (checked against TimeZoneInfo): Berlin at 01:00 UTC on the last Sundays of
/// March and October; New York at 02:00 local on the second Sunday of March and the first of November;
/// Lord Howe by 30 minutes at 02:00 local on the first Sundays of October and April.
/// A wall time in a gap moves to the first valid minute after; one in an overlap takes the first occurrence.
/// </summary>
public sealed class ReminderCalendarDstTests
{
    private static readonly TrainingDays SundayTuesdayThursday = TrainingDays.Sunday | TrainingDays.Tuesday | TrainingDays.Thursday;

    [Theory]
    // Spring-forward gaps.
    [InlineData("Europe/Berlin", "2026-03-29", "02:30", "2026-03-29T01:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", "02:00", "2026-03-29T01:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", "02:59", "2026-03-29T01:00:00Z")]
    [InlineData("Europe/Berlin", "2027-03-28", "02:30", "2027-03-28T01:00:00Z")]
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00Z")]
    [InlineData("America/New_York", "2027-03-14", "02:30", "2027-03-14T07:00:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-03T15:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:00", "2026-10-03T15:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2027-10-03", "02:15", "2027-10-02T15:30:00Z")]
    // Fall-back overlaps: the first (summer-time) occurrence.
    [InlineData("Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T00:30:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", "02:00", "2026-10-25T00:00:00Z")]
    [InlineData("Europe/Berlin", "2027-10-31", "02:30", "2027-10-31T00:30:00Z")]
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z")]
    [InlineData("America/New_York", "2027-11-07", "01:30", "2027-11-07T05:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-04T14:45:00Z")]
    [InlineData("Australia/Lord_Howe", "2027-04-04", "01:45", "2027-04-03T14:45:00Z")]
    // Just outside: ordinary times on the same Sundays carry the new offset.
    [InlineData("Europe/Berlin", "2026-03-29", "03:00", "2026-03-29T01:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", "07:30", "2026-03-29T05:30:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", "03:00", "2026-10-25T02:00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", "07:30", "2026-10-25T06:30:00Z")]
    [InlineData("America/New_York", "2026-03-08", "07:30", "2026-03-08T11:30:00Z")]
    [InlineData("America/New_York", "2026-11-01", "07:30", "2026-11-01T12:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:30", "2026-10-03T15:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "07:30", "2026-10-03T20:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-04-05", "02:00", "2026-04-04T15:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-04-05", "07:30", "2026-04-04T21:00:00Z")]
    public void Reminder_on_a_clock_change_day_falls_at_the_expected_instant(string zoneId, string date, string time, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var at = DateTimeOffset.Parse(expected);

        Assert.Equal(at, ReminderCalendar.AtLocal(DateOnly.Parse(date), TimeOnly.Parse(time), zone));
        Assert.Equal(at, ReminderCalendar.NextAfter(at.AddHours(-20), zone, SundayTuesdayThursday, TimeOnly.Parse(time)));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-10-25T00:30:00Z", "02:30", "2026-10-27T01:30:00Z")]
    [InlineData("America/New_York", "2026-11-01T05:30:00Z", "01:30", "2026-11-03T06:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-04-04T14:45:00Z", "01:45", "2026-04-06T15:15:00Z")]
    public void Repeated_hour_reminds_once_and_then_moves_to_the_next_training_day(string zoneId, string first, string time, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var firstOccurrence = DateTimeOffset.Parse(first);

        var next = ReminderCalendar.NextAfter(firstOccurrence, zone, SundayTuesdayThursday, TimeOnly.Parse(time));

        Assert.Equal(DateTimeOffset.Parse(expected), next);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-27T12:00:00Z", "2026-03-28T06:30:00Z", "2026-03-29T05:30:00Z")]
    [InlineData("Europe/Berlin", "2026-10-23T12:00:00Z", "2026-10-24T05:30:00Z", "2026-10-25T06:30:00Z")]
    [InlineData("Europe/Berlin", "2027-03-26T12:00:00Z", "2027-03-27T06:30:00Z", "2027-03-28T05:30:00Z")]
    [InlineData("Europe/Berlin", "2027-10-29T12:00:00Z", "2027-10-30T05:30:00Z", "2027-10-31T06:30:00Z")]
    [InlineData("America/New_York", "2026-03-06T18:00:00Z", "2026-03-07T12:30:00Z", "2026-03-08T11:30:00Z")]
    [InlineData("America/New_York", "2026-10-30T18:00:00Z", "2026-10-31T11:30:00Z", "2026-11-01T12:30:00Z")]
    [InlineData("America/New_York", "2027-03-12T18:00:00Z", "2027-03-13T12:30:00Z", "2027-03-14T11:30:00Z")]
    [InlineData("America/New_York", "2027-11-05T18:00:00Z", "2027-11-06T11:30:00Z", "2027-11-07T12:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-02T00:00:00Z", "2026-10-02T21:00:00Z", "2026-10-03T20:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-04-03T00:00:00Z", "2026-04-03T20:30:00Z", "2026-04-04T21:00:00Z")]
    [InlineData("Australia/Lord_Howe", "2027-10-01T00:00:00Z", "2027-10-01T21:00:00Z", "2027-10-02T20:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2027-04-02T00:00:00Z", "2027-04-02T20:30:00Z", "2027-04-03T21:00:00Z")]
    public void Same_wall_time_on_the_saturday_and_sunday_of_a_change_moves_in_utc(string zoneId, string friday, string saturday, string sunday)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var days = TrainingDays.Saturday | TrainingDays.Sunday | TrainingDays.Tuesday;
        var time = new TimeOnly(7, 30);

        var first = ReminderCalendar.NextAfter(DateTimeOffset.Parse(friday), zone, days, time);
        var second = ReminderCalendar.NextAfter(first, zone, days, time);

        Assert.Equal(DateTimeOffset.Parse(saturday), first);
        Assert.Equal(DateTimeOffset.Parse(sunday), second);
    }
}
