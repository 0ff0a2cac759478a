using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Schedule;

public sealed class ScheduleParserTests
{
    private const TrainingDays MonWedFri = TrainingDays.Monday | TrainingDays.Wednesday | TrainingDays.Friday;

    [Theory]
    [InlineData("mon wed fri")]
    [InlineData("Mon, Wed, Fri")]
    [InlineData("MONDAY wednesday Friday")]
    [InlineData("mo/we/fr")]
    [InlineData("mon. wed. fri.")]
    [InlineData("mon wed fri mon")]
    public void Day_words_are_read_in_any_case_with_any_separator(string text) =>
        Assert.Equal(MonWedFri, ScheduleParser.Days(ScheduleParser.Words(text)));

    [Theory]
    [InlineData("mon wed funday")]
    [InlineData("07:30")]
    [InlineData("")]
    [InlineData("montag")]
    public void Anything_that_is_not_a_day_spoils_the_days(string text) =>
        Assert.Null(ScheduleParser.Days(ScheduleParser.Words(text)));

    [Theory]
    [InlineData("07:30", 7, 30)]
    [InlineData("7:30", 7, 30)]
    [InlineData(" 18:45 ", 18, 45)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void Times_are_24_hour_h_mm(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), ScheduleParser.Time(text));

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("07:60")]
    [InlineData("7.30")]
    [InlineData("0730")]
    [InlineData("7:30pm")]
    [InlineData("-1:00")]
    [InlineData("")]
    public void Impossible_or_unreadable_times_are_refused(string text) =>
        Assert.Null(ScheduleParser.Time(text));

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("EUROPE/BERLIN", "Europe/Berlin")]
    [InlineData(" America/New_York ", "America/New_York")]
    [InlineData("australia/lord_howe", "Australia/Lord_Howe")]
    [InlineData("Asia/Kathmandu", "Asia/Kathmandu")]
    [InlineData("pacific/kiritimati", "Pacific/Kiritimati")]
    [InlineData("utc", "UTC")]
    public void Zones_are_read_in_any_case_and_given_their_canonical_name(string text, string expected) =>
        Assert.Equal(expected, ScheduleParser.Zone(text));

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("Berlin")]
    [InlineData("Europe/Berlin/Mitte")]
    [InlineData("../etc/passwd")]
    [InlineData("")]
    public void Unknown_zones_are_refused(string text) =>
        Assert.Null(ScheduleParser.Zone(text));

    [Theory]
    [InlineData(TrainingDays.Monday | TrainingDays.Tuesday | TrainingDays.Thursday, true)]
    [InlineData(TrainingDays.Sunday | TrainingDays.Monday | TrainingDays.Wednesday, true)]
    [InlineData(TrainingDays.Friday | TrainingDays.Saturday | TrainingDays.Tuesday, true)]
    [InlineData(MonWedFri, false)]
    [InlineData(TrainingDays.Tuesday | TrainingDays.Thursday | TrainingDays.Saturday, false)]
    [InlineData(TrainingDays.Tuesday | TrainingDays.Friday | TrainingDays.Sunday, false)]
    public void Back_to_back_days_include_sunday_into_monday(TrainingDays days, bool expected) =>
        Assert.Equal(expected, days.HasBackToBack());

    [Fact]
    public void Count_is_the_number_of_days()
    {
        Assert.Equal(3, MonWedFri.Count());
        Assert.Equal(0, TrainingDays.None.Count());
        Assert.Equal(7, (TrainingDays.Default | TrainingDays.Tuesday | TrainingDays.Thursday | TrainingDays.Saturday | TrainingDays.Sunday).Count());
    }
}
