using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>One follow-up three hours after the reminder, only when no session was started; two messages a day at most.</summary>
public sealed class FollowUpTests
{
    private static readonly Nudge WednesdayReminder = new(Moments.Utc(2026, 3, 4, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 4));

    /// <summary>Monday passed untrained, so Tuesday (a rest day) is offered as a catch-up before Wednesday's reminder.</summary>

    [Fact]
    public void Follow_up_comes_three_hours_later_without_a_snooze_button()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();

        var decision = chat.DueOnTime();

        Assert.Equal(Moments.Utc(2026, 3, 2, 9, 30), chat.Now);
        var reply = Assert.Single(decision.TextReplies());
        Assert.Contains("Still time for today's hip session?", reply.Text);
        Assert.Equal([CallbackData.Train, ScheduleButtons.NotToday(Moments.WinterMonday)], decision.ButtonData());
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
        Assert.Equal(2, chat.State.NudgesOnNudgedDay);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Session_started_after_the_reminder_cancels_the_follow_up(bool stopped)
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(20)).Press(CallbackData.Train);
        if (stopped)
        {
            chat.Later(TimeSpan.FromMinutes(5)).Send("/stop");
        }

        var decision = chat.DueOnTime();

        Assert.Empty(decision.Replies);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Nothing_more_is_sent_that_day_after_the_follow_up()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.DueOnTime();

        for (var hour = 10; hour < 24; hour++)
        {
            Assert.Empty(chat.At(Moments.Utc(2026, 3, 2, hour, 0)).Due().Replies);
        }

        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Moving_the_time_later_after_the_reminder_allows_only_one_more_message_that_day()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var messages = chat.DueOnTime().TextReplies().Count;
        chat.Later(TimeSpan.FromMinutes(10)).Send("/schedule 18:00");

        while (chat.Planned.Day == Moments.WinterMonday)
        {
            messages += chat.DueOnTime().TextReplies().Count;
        }

        Assert.Equal(2, messages);
        Assert.Equal(new DateOnly(2026, 3, 4), chat.Planned.Day);
        Assert.Equal(NudgeKind.Reminder, chat.Planned.Kind);
    }

    [Fact]
    public void Second_message_of_the_day_offers_no_snooze()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(10)).Send("/schedule 18:00");

        var second = chat.DueOnTime();

        Assert.DoesNotContain(ScheduleButtons.Snooze(Moments.WinterMonday), second.ButtonData());
    }
}
