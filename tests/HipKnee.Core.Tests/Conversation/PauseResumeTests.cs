using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class PauseResumeTests
{
    [Fact]
    public void Pause_clears_the_planned_reminder_and_the_scan_then_sends_nothing()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.Send("/pause");

        Assert.Contains("Reminders paused", decision.AllText());
        Assert.True(chat.State.RemindersPaused);
        Assert.Null(chat.State.NextNudge);
        var due = chat.At(Moments.Utc(2026, 3, 2, 6, 30)).Due();
        Assert.Empty(due.Replies);
        Assert.Null(chat.State.NextNudge);
    }

    [Fact]
    public void Resume_says_when_reminders_come_back_and_replans_from_now()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/pause");

        var decision = chat.At(Moments.Utc(2026, 3, 5, 9, 0)).Send("/resume");

        Assert.Contains("Reminders are back on. Next reminder: Fri 6 Mar, 07:30.", decision.AllText());
        Assert.False(chat.State.RemindersPaused);
        Assert.Equal(Moments.Utc(2026, 3, 6, 6, 30), chat.Planned.At);
    }

    [Fact]
    public void Pausing_twice_says_so_and_changes_nothing()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/pause");
        var before = chat.State;

        Assert.Contains("already paused", chat.Send("/pause").AllText());
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Resume_when_not_paused_says_when_the_next_reminder_is()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var before = chat.State;

        Assert.Contains("already on. Next reminder: Mon 2 Mar, 07:30.", chat.Send("/resume").AllText());
        Assert.Equal(before, chat.State);
    }

    [Theory]
    [InlineData("/pause")]
    [InlineData("/resume")]
    public void Without_a_schedule_there_is_nothing_to_pause_or_resume(string command)
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        var before = chat.State;

        Assert.Contains("no reminders set up yet", chat.Send(command).AllText());
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Changing_the_schedule_while_paused_keeps_reminders_off()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/pause");

        chat.Send("/schedule tue thu sat 08:00");
        chat.Send("/timezone Asia/Kathmandu");

        Assert.True(chat.State.RemindersPaused);
        Assert.Null(chat.State.NextNudge);
    }

    [Fact]
    public void Changing_the_schedule_while_paused_does_not_promise_a_reminder()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/pause");

        var decision = chat.Send("/schedule tue thu sat 08:00");

        Assert.DoesNotContain("Next reminder", decision.AllText());
    }
}
