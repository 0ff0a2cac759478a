using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary><c>/schedule</c> with days and a time, a time alone, nothing, or something wrong.</summary>
public sealed class ScheduleCommandTests
{
    [Fact]
    public void Schedule_with_days_and_time_saves_it_and_plans_the_first_reminder()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        chat.Send("/timezone Europe/Berlin");

        var decision = chat.Send("/schedule mon wed fri 07:30");

        Assert.Contains("All set ✅ Mon, Wed, Fri at 07:30 (Europe/Berlin)", decision.AllText());
        Assert.Contains("Next reminder: Mon 2 Mar, 07:30.", decision.AllText());
        Assert.True(chat.State.HasSchedule);
        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 2, 6, 30), NudgeKind.Reminder, Moments.WinterMonday), chat.State.NextNudge);
    }

    [Fact]
    public void Schedule_alone_shows_it_with_a_change_button()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var before = chat.State;

        var decision = chat.Send("/schedule");

        var reply = Assert.Single(decision.TextReplies());
        Assert.Contains("Your schedule: Mon, Wed, Fri at 07:30 (Europe/Berlin).", reply.Text);
        Assert.Contains("Next reminder: Mon 2 Mar, 07:30.", reply.Text);
        Assert.Equal([ScheduleButtons.Change, AppButton.Data], decision.ButtonData());
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Change_button_asks_for_days_again()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.Press(ScheduleButtons.Change);

        Assert.Equal(new CallbackAnswer(null), decision.Replies[0]);
        Assert.Contains("Which three days", decision.AllText());
        Assert.Equal(SetupStep.Days, chat.State.Setup);
    }

    [Fact]
    public void Schedule_alone_without_a_schedule_starts_the_questions()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);

        var decision = chat.Send("/schedule");

        Assert.Contains("no training schedule yet", decision.AllText());
        Assert.Contains("Which three days", decision.AllText());
        Assert.Equal(SetupStep.Days, chat.State.Setup);
    }

    [Fact]
    public void Time_alone_changes_only_the_time_and_replans_at_once()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.Send("/schedule 07:45");

        Assert.Contains("Mon, Wed, Fri at 07:45 (Europe/Berlin)", decision.AllText());
        Assert.Equal((TrainingDays.Default, new TimeOnly(7, 45), "Europe/Berlin"), (chat.State.TrainingDays, chat.State.ReminderTime, chat.State.TimeZoneId));
        Assert.Equal(Moments.Utc(2026, 3, 2, 6, 45), chat.Planned.At);
    }

    [Fact]
    public void New_days_replan_the_reminder_at_once()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        chat.Send("/schedule tue thu sat");

        Assert.Equal(new TimeOnly(7, 30), chat.State.ReminderTime);
        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 3, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 3)), chat.State.NextNudge);
    }

    [Theory]
    [InlineData("/schedule mon wed funday 07:30", "couldn't read those days")]
    [InlineData("/schedule mon wed fri 25:00", "HH:MM")]
    [InlineData("/schedule 25:00", "HH:MM")]
    [InlineData("/schedule mon wed fri 07:30 08:00", "HH:MM")]
    [InlineData("/schedule mon wed 07:30", "exactly three days")]
    [InlineData("/schedule mon tue wed thu", "exactly three days")]
    public void Wrong_schedule_gets_a_correction_hint_and_changes_nothing(string command, string hint)
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var before = chat.State;

        var decision = chat.Send(command);

        Assert.Contains(hint, Assert.Single(decision.TextReplies()).Text);
        Assert.Equal(before, chat.State);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Schedule_alone_after_training_today_names_the_next_training_day()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.At(Moments.Utc(2026, 3, 2, 5, 0)).TrainFully();

        var decision = chat.Send("/schedule");

        Assert.Contains("Next reminder: Wed 4 Mar, 07:30.", decision.AllText());
    }
}
