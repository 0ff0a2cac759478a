using CsCheck;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Schedule;

public sealed class TrainingCalendarTests
{
    [Theory]
    [InlineData("2026-03-02T07:00:00Z", "2026-03-04")] // Monday → Wednesday
    [InlineData("2026-03-04T23:59:59Z", "2026-03-06")] // Wednesday → Friday
    [InlineData("2026-03-06T00:00:00Z", "2026-03-09")] // Friday → Monday
    [InlineData("2026-03-07T12:00:00Z", "2026-03-09")] // Saturday → Monday
    [InlineData("2026-03-08T12:00:00Z", "2026-03-09")] // Sunday → Monday
    [InlineData("2026-03-03T12:00:00Z", "2026-03-04")] // Tuesday → Wednesday
    public void Next_default_training_day_is_strictly_after_today(string now, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), TrainingCalendar.NextTrainingDate(DateTimeOffset.Parse(now), "UTC", TrainingDays.Default));

    [Fact]
    public void Late_sunday_in_utc_is_already_monday_in_berlin()
    {
        Assert.Equal(DayOfWeek.Sunday, Moments.SundayLateUtc.DayOfWeek);

        Assert.Equal(new DateOnly(2026, 3, 2), TrainingCalendar.NextTrainingDate(Moments.SundayLateUtc, "UTC", TrainingDays.Default));
        Assert.Equal(new DateOnly(2026, 3, 4), TrainingCalendar.NextTrainingDate(Moments.SundayLateUtc, "Europe/Berlin", TrainingDays.Default));
    }

    [Fact]
    public void Early_monday_in_utc_is_still_sunday_in_los_angeles() =>
        Assert.Equal(
            new DateOnly(2026, 3, 2),
            TrainingCalendar.NextTrainingDate(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero), "America/Los_Angeles", TrainingDays.Default));

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("not a zone")]
    public void Unknown_time_zone_counts_as_utc(string zone)
    {
        Assert.Equal(new DateOnly(2026, 3, 1), TrainingCalendar.LocalDate(Moments.SundayLateUtc, zone));
        Assert.Equal(new DateOnly(2026, 3, 2), TrainingCalendar.NextTrainingDate(Moments.SundayLateUtc, zone, TrainingDays.Default));
    }

    [Fact]
    public void Custom_days_are_respected()
    {
        var tuesdayThursday = TrainingDays.Tuesday | TrainingDays.Thursday;

        Assert.Equal(new DateOnly(2026, 3, 3), TrainingCalendar.NextTrainingDate(Moments.MondayMorning, "UTC", tuesdayThursday));
        Assert.Equal(new DateOnly(2026, 3, 10), TrainingCalendar.NextTrainingDate(Moments.FridayMorning, "UTC", tuesdayThursday));
    }

    [Fact]
    public void A_single_training_day_comes_round_a_week_later() =>
        Assert.Equal(new DateOnly(2026, 3, 9), TrainingCalendar.NextTrainingDate(Moments.MondayMorning, "UTC", TrainingDays.Monday));

    [Fact]
    public void No_training_days_falls_back_to_the_default_week() =>
        Assert.Equal(new DateOnly(2026, 3, 4), TrainingCalendar.NextTrainingDate(Moments.MondayMorning, "UTC", TrainingDays.None));

    [Fact]
    public void Next_training_date_is_always_a_training_day_within_the_coming_week()
    {
        var zones = Gen.OneOfConst("UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "Nowhere/Atlantis");
        var instants = Gen.Int[0, 10 * 365 * 24 * 60].Select(minutes => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes));
        var weeks = Gen.Int[1, 127].Select(bits => (TrainingDays)bits);

        Gen.Select(instants, zones, weeks).Sample((now, zone, days) =>
        {
            var today = TrainingCalendar.LocalDate(now, zone);

            var next = TrainingCalendar.NextTrainingDate(now, zone, days);

            Assert.InRange(next, today.AddDays(1), today.AddDays(7));
            Assert.True(days.Includes(next.DayOfWeek), $"{next:dddd} is not in {days}");
            Assert.All(Enumerable.Range(1, next.DayNumber - today.DayNumber - 1), gap => Assert.False(days.Includes(today.AddDays(gap).DayOfWeek)));
        }, iter: 5_000);
    }
}
