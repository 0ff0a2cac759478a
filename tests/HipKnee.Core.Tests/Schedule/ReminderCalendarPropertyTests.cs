using CsCheck;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Schedule;

/// <summary>For any instant in 2026–2028, zone, three-day week and wall time, the next reminder obeys the rule.</summary>
public sealed class ReminderCalendarPropertyTests
{
    private static readonly string[] ZoneIds = Support.ClockChanges.Zones;

    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset[] ClockChanges = Support.ClockChanges.All;

    private static readonly TrainingDays[] ThreeDayWeeks =
        Enumerable.Range(1, 127).Select(bits => (TrainingDays)bits).Where(days => days.Count() == 3).ToArray();

    private static readonly Gen<DateTimeOffset> Instants = Gen.Frequency(
        (1, Gen.Int[0, 3 * 366 * 24 * 60].Select(minutes => From.AddMinutes(minutes))),
        (1, Gen.Select(Gen.OneOfConst(ClockChanges), Gen.Int[-8 * 24 * 60, 8 * 24 * 60], (change, minutes) => change.AddMinutes(minutes))));

    private static readonly Gen<TimeOnly> WallTimes = Gen.Frequency(
        (3, Gen.Int[0, 24 * 60 - 1].Select(minutes => new TimeOnly(minutes / 60, minutes % 60))),
        (2, Gen.OneOfConst("00:00", "01:00", "01:30", "01:45", "01:59", "02:00", "02:15", "02:29", "02:30", "02:59", "03:00", "07:30", "23:59")
            .Select(text => TimeOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture))));

    private static readonly Gen<DateOnly> Dates = Gen.Frequency(
        (1, Gen.Int[0, 3 * 366].Select(day => DateOnly.FromDateTime(From.AddDays(day).UtcDateTime))),
        (2, Gen.Select(Gen.OneOfConst(ClockChanges), Gen.Int[-1, 2], (change, day) => DateOnly.FromDateTime(change.AddDays(day).UtcDateTime))));

    [Fact]
    public void Next_reminder_is_the_first_training_day_wall_time_strictly_after_now() =>
        Gen.Select(Instants, Gen.OneOfConst(ZoneIds), Gen.OneOfConst(ThreeDayWeeks), WallTimes).Sample((after, zoneId, days, time) =>
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

            var next = ReminderCalendar.NextAfter(after, zone, days, time);

            Assert.True(next > after, $"{next:u} is not after {after:u}");
            Assert.True(next - after <= TimeSpan.FromDays(7), $"{next:u} is more than a week after {after:u}");
            var local = TimeZoneInfo.ConvertTime(next, zone).DateTime;
            Assert.True(days.Includes(local.DayOfWeek), $"{local:dddd} is not one of {days}");
            var wall = DateOnly.FromDateTime(local).ToDateTime(time);
            if (zone.IsInvalidTime(wall))
            {
                Assert.InRange(local, wall.AddMinutes(1), wall.AddHours(1));
                Assert.False(zone.IsInvalidTime(local));
                Assert.True(zone.IsInvalidTime(local.AddMinutes(-1)), $"{local:t} is not the first valid minute after {time}");
            }
            else
            {
                Assert.Equal(time, TimeOnly.FromDateTime(local));
            }

            Assert.Equal(WallClock.NextReminder(after, zone, days, time), next);
        }, iter: 20_000);

    [Fact]
    public void Reminder_instant_reads_the_wall_time_or_the_first_minute_after_a_gap() =>
        Gen.Select(Dates, Gen.OneOfConst(ZoneIds), WallTimes)
            .Sample((date, zoneId, time) =>
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

                Assert.Equal(WallClock.FirstValidFrom(date, time, zone), ReminderCalendar.AtLocal(date, time, zone));
            }, iter: 20_000);
}
