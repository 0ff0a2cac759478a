using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Reminder buttons from another day are answered "has passed" and change nothing.</summary>
public sealed class StaleReminderButtonTests
{
    private static readonly DateOnly Wednesday = new(2026, 3, 4);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Mondays_button_pressed_after_wednesdays_reminder_has_passed(bool snooze)
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.DueOnTime();
        chat.DueOnTime(); // Tuesday's catch-up
        chat.DueOnTime();
        Assert.Equal(Wednesday, chat.State.NudgedDay);

        AssertPassed(chat, snooze ? ScheduleButtons.Snooze(Moments.WinterMonday) : ScheduleButtons.NotToday(Moments.WinterMonday));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Mondays_button_pressed_on_wednesday_before_its_reminder_has_passed(bool snooze)
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.At(Moments.Utc(2026, 3, 4, 5, 0));

        AssertPassed(chat, snooze ? ScheduleButtons.Snooze(Moments.WinterMonday) : ScheduleButtons.NotToday(Moments.WinterMonday));
    }

    [Fact]
    public void Button_for_a_day_that_was_never_reminded_has_passed()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();

        AssertPassed(chat, ScheduleButtons.NotToday(Wednesday));
    }

    [Fact]
    public void Reminder_button_before_any_reminder_has_passed()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);

        AssertPassed(chat, ScheduleButtons.Snooze(Moments.WinterMonday));
    }

    [Fact]
    public void Stale_reminder_button_during_a_session_leaves_the_session_alone()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.DueOnTime();
        chat.DueOnTime();
        chat.Send("/train");

        AssertPassed(chat, ScheduleButtons.NotToday(Moments.WinterMonday));
    }

    [Fact]
    public void Mondays_not_today_pressed_on_tuesday_has_passed()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.DueOnTime();
        chat.At(Moments.Utc(2026, 3, 3, 12, 0));

        AssertPassed(chat, ScheduleButtons.NotToday(Moments.WinterMonday));
    }

    private static void AssertPassed(TestChat chat, string data)
    {
        var before = chat.State;

        var decision = chat.Later(TimeSpan.FromMinutes(1)).Press(data);

        Assert.Equal(new CallbackAnswer("That reminder has passed."), Assert.Single(decision.Replies));
        Assert.Empty(decision.Events);
        Assert.Equal(before with { Session = chat.State.Session }, chat.State);
        Assert.Equal(before.Session?.Step, chat.State.Session?.Step);
    }
}
