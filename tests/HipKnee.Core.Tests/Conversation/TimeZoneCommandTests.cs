using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class TimeZoneCommandTests
{
    [Theory]
    [InlineData("/timezone Europe/Berlin")]
    [InlineData("/timezone europe/berlin")]
    [InlineData("/timezone EUROPE/BERLIN")]
    [InlineData("/TimeZone Europe/BERLIN")]
    public void Zone_is_set_in_any_letter_case_under_its_canonical_name(string command)
    {
        var chat = new TestChat(Moments.WinterSundayNoon);

        var decision = chat.Send(command);

        Assert.Contains("Time zone set to Europe/Berlin.", decision.AllText());
        Assert.Equal("Europe/Berlin", chat.State.TimeZoneId);
        Assert.False(chat.State.HasSchedule);
        Assert.Null(chat.State.NextNudge);
    }

    [Fact]
    public void New_zone_replans_the_reminder_at_once_and_says_when()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.Send("/timezone America/New_York");

        Assert.Contains("Next reminder: Mon 2 Mar, 07:30.", decision.AllText());
        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 2, 12, 30), NudgeKind.Reminder, Moments.WinterMonday), chat.State.NextNudge);
        Assert.Equal((TrainingDays.Default, new TimeOnly(7, 30)), (chat.State.TrainingDays, chat.State.ReminderTime));
    }

    [Theory]
    [InlineData("Asia/Kathmandu", "2026-03-02T01:45:00Z")]
    [InlineData("Pacific/Kiritimati", "2026-03-01T17:30:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-03-01T20:30:00Z")]
    [InlineData("UTC", "2026-03-02T07:30:00Z")]
    public void Reminder_follows_the_zone(string zone, string expected)
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon, zone);

        Assert.Equal(DateTimeOffset.Parse(expected), chat.Planned.At);
        Assert.Equal(DayOfWeek.Monday, chat.Planned.Day.DayOfWeek);
    }

    [Fact]
    public void Zone_button_outside_the_questions_only_changes_the_zone()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.Press(ScheduleButtons.Zone("Asia/Kathmandu"));

        Assert.Equal(new CallbackAnswer(null), decision.Replies[0]);
        Assert.Contains("Time zone set to Asia/Kathmandu.", decision.AllText());
        Assert.Equal((SetupStep.None, "Asia/Kathmandu"), (chat.State.Setup, chat.State.TimeZoneId));
        Assert.Equal(Moments.Utc(2026, 3, 2, 1, 45), chat.Planned.At);
    }

    [Theory]
    [InlineData("/timezone Mars/Olympus")]
    [InlineData("/timezone Berlin")]
    [InlineData("/timezone +02:00")]
    public void Unknown_zone_gets_a_hint_and_changes_nothing(string command)
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var before = chat.State;

        var decision = chat.Send(command);

        Assert.Contains("I don't know that time zone", Assert.Single(decision.TextReplies()).Text);
        Assert.Contains("Europe/Berlin", decision.AllText());
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Timezone_alone_shows_the_zone_with_buttons()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var before = chat.State;

        var decision = chat.Send("/timezone");

        Assert.Contains("Your time zone is Europe/Berlin", decision.AllText());
        Assert.Contains(ScheduleButtons.Zone("UTC"), decision.ButtonData());
        Assert.Equal(before, chat.State);
    }
}
