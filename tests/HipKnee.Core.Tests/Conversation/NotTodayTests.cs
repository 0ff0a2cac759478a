using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>"Not today" records the skipped day and silences the rest of it.</summary>
public sealed class NotTodayTests
{
    private static readonly Nudge WednesdayReminder = new(Moments.Utc(2026, 3, 4, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 4));

    [Fact]
    public void Not_today_records_the_skip_and_says_when_the_next_reminder_is()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();

        var decision = chat.Later(TimeSpan.FromMinutes(3)).Press(ScheduleButtons.NotToday(Moments.WinterMonday));

        Assert.Equal(new CallbackAnswer(null), decision.Replies[0]);
        Assert.Contains("No problem, rest up. Next reminder: Wed 4 Mar, 07:30.", decision.AllText());
        Assert.Equal(new TrainingDaySkipped(Moments.WinterMonday, chat.Now), Assert.Single(decision.Events));
        Assert.Equal(Moments.WinterMonday, chat.State.SkippedDay);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void No_more_nudges_come_that_day()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(3)).Press(ScheduleButtons.NotToday(Moments.WinterMonday));

        for (var hour = 7; hour < 24; hour++)
        {
            Assert.Empty(chat.At(Moments.Utc(2026, 3, 2, hour, 0)).Due().Replies);
        }

        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Not_today_on_the_snoozed_reminder_ends_the_day_too()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(1)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));
        chat.DueOnTime();

        var decision = chat.Later(TimeSpan.FromMinutes(1)).Press(ScheduleButtons.NotToday(Moments.WinterMonday));

        Assert.IsType<TrainingDaySkipped>(Assert.Single(decision.Events));
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Not_today_during_the_snooze_cancels_the_snoozed_reminder()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(1)).Press(ScheduleButtons.Snooze(Moments.WinterMonday));

        chat.Later(TimeSpan.FromMinutes(1)).Press(ScheduleButtons.NotToday(Moments.WinterMonday));

        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
        Assert.Empty(chat.At(Moments.Utc(2026, 3, 2, 7, 32)).Due().Replies);
    }

    [Fact]
    public void Pressing_not_today_twice_records_one_skip()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(1)).Press(ScheduleButtons.NotToday(Moments.WinterMonday));
        var before = chat.State;

        var again = chat.Later(TimeSpan.FromMinutes(1)).Press(ScheduleButtons.NotToday(Moments.WinterMonday));

        Assert.Equal(new CallbackAnswer("That reminder has passed."), Assert.Single(again.Replies));
        Assert.Single(chat.Events.OfType<TrainingDaySkipped>());
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Training_anyway_after_not_today_is_still_possible()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Later(TimeSpan.FromMinutes(1)).Press(ScheduleButtons.NotToday(Moments.WinterMonday));

        var decision = chat.Later(TimeSpan.FromHours(2)).Send("/train");

        Assert.IsType<SessionStarted>(Assert.Single(decision.Events));
    }
}
