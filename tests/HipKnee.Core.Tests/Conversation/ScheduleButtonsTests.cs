using System.Text;
using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Conversation;

public sealed class ScheduleButtonsTests
{
    private const TrainingDays MonWedFri = TrainingDays.Monday | TrainingDays.Wednesday | TrainingDays.Friday;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Days_payload_round_trips(bool insist)
    {
        Assert.Equal(new DaysButton(MonWedFri, insist), CallbackData.Parse(ScheduleButtons.Days(MonWedFri, insist)));
    }

    [Theory]
    [InlineData("sd:0")]
    [InlineData("sd:")]
    [InlineData("sd:-21")]
    [InlineData("sd:x")]
    [InlineData("sd:21:!:!")]
    [InlineData("sc")]
    [InlineData("st:0730")]
    public void Other_or_broken_payloads_are_not_days(string data) =>
        Assert.IsNotType<DaysButton>(CallbackData.Parse(data));

    [Fact]
    public void Time_payload_round_trips()
    {
        Assert.Equal("st:0730", ScheduleButtons.Time(new TimeOnly(7, 30)));
        Assert.Equal(new TimeButton(new TimeOnly(23, 59)), CallbackData.Parse(ScheduleButtons.Time(new TimeOnly(23, 59))));
    }

    [Theory]
    [InlineData("st:2500")]
    [InlineData("st:7:30")]
    [InlineData("st:")]
    [InlineData("sd:21")]
    public void Impossible_times_are_not_time_buttons(string data) =>
        Assert.IsNotType<TimeButton>(CallbackData.Parse(data));

    [Theory]
    [InlineData("tz:Europe/Berlin", "Europe/Berlin")]
    [InlineData("tz:america/new_york", "America/New_York")]
    [InlineData("tz:Mars/Olympus", null)]
    [InlineData("Europe/Berlin", null)]
    public void Zone_payload_must_name_a_known_zone(string data, string? zone) =>
        Assert.Equal(zone, (CallbackData.Parse(data) as ZoneButton)?.Zone);

    [Fact]
    public void Reminder_payloads_carry_the_kind_and_the_day()
    {
        var day = new DateOnly(2026, 3, 2);

        Assert.Equal("n:s:20260302", ScheduleButtons.Snooze(day));
        Assert.Equal(new NudgeButton(Snooze: true, day), CallbackData.Parse(ScheduleButtons.Snooze(day)));
        Assert.Equal(new NudgeButton(Snooze: false, day), CallbackData.Parse(ScheduleButtons.NotToday(day)));
    }

    [Theory]
    [InlineData("n:s:2026030")]
    [InlineData("n:q:20260302")]
    [InlineData("n:s:20261332")]
    [InlineData("n:s:20260302:1")]
    [InlineData("d:1:0")]
    public void Broken_reminder_payloads_are_not_reminder_buttons(string data) =>
        Assert.IsNotType<NudgeButton>(CallbackData.Parse(data));

    [Fact]
    public void Every_payload_fits_telegrams_64_bytes()
    {
        var longestZone = TimeZoneInfo.GetSystemTimeZones().Select(zone => zone.Id).MaxBy(id => id.Length)!;
        string[] payloads =
        [
            ScheduleButtons.Change, ScheduleButtons.Days((TrainingDays)127, insist: true), ScheduleButtons.Time(new TimeOnly(23, 59)),
            ScheduleButtons.Zone(longestZone), ScheduleButtons.Snooze(DateOnly.MaxValue), ScheduleButtons.NotToday(DateOnly.MaxValue),
        ];

        Assert.All(payloads, data => Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64));
    }
}
