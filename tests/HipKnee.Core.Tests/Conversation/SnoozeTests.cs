using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>"In 1 hour" brings the reminder back once, without a snooze button, and that is the day's last message.</summary>
public sealed class SnoozeTests
{
    private static readonly Nudge WednesdayReminder = new(Moments.Utc(2026, 3, 4, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 4));

    /// <summary>Monday passed untrained, so Tuesday (a rest day) is offered as a catch-up before Wednesday's reminder.</summary>

    [Fact]
    public void Snooze_confirms_and_plans_the_reminder_an_hour_later()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();

        var decision = chat.Later(TimeSpan.FromMinutes(10)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));

        Assert.Equal(new CallbackAnswer(null), decision.Replies[0]);
        Assert.Contains("remind you in an hour", decision.AllText());
        Assert.Empty(decision.Events);
        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 2, 7, 40), NudgeKind.Snooze, Moments.WinterMonday), chat.State.NextNudge);
    }

    [Fact]
    public void Snoozed_reminder_comes_once_without_a_snooze_button()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(10)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));

        var decision = chat.DueOnTime();

        Assert.Equal(Moments.Utc(2026, 3, 2, 7, 40), chat.Now);
        Assert.Contains("training day", Assert.Single(decision.TextReplies()).Text);
        Assert.Equal([CallbackData.Train, ScheduleButtons.NotToday(Moments.WinterMonday)], decision.ButtonData());
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void After_the_snoozed_reminder_nothing_more_comes_that_day_not_even_the_follow_up()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(10)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));
        chat.DueOnTime();

        for (var minutes = 8 * 60; minutes < 24 * 60; minutes += 30)
        {
            Assert.Empty(chat.At(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes)).Due().Replies);
        }
    }

    [Fact]
    public void Second_snooze_is_refused_and_changes_nothing()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(10)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));
        var before = chat.State;

        var decision = chat.Later(TimeSpan.FromMinutes(5)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));

        Assert.Equal(new CallbackAnswer("No more reminders today. Type /train whenever you're ready."), Assert.Single(decision.Replies));
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Snooze_after_the_follow_up_is_refused()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.DueOnTime();
        var before = chat.State;

        var decision = chat.Later(TimeSpan.FromMinutes(5)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));

        Assert.IsType<CallbackAnswer>(Assert.Single(decision.Replies));
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Session_started_during_the_snooze_cancels_the_snoozed_reminder()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(10)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));
        chat.Later(TimeSpan.FromMinutes(30)).Send("/train");

        var decision = chat.DueOnTime();

        Assert.Empty(decision.Replies);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }
}
