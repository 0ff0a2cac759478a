using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>No reminder on a day the user already trained (started or completed, by their own clock); the plan moves on.</summary>
public sealed class ReminderOnTrainedDayTests
{
    private static readonly Nudge WednesdayReminder = new(Moments.Utc(2026, 3, 4, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 4));

    [Fact]
    public void Session_completed_earlier_that_day_means_no_reminder()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.At(Moments.Utc(2026, 3, 2, 5, 0)).TrainFully();

        var decision = chat.DueOnTime();

        Assert.Empty(decision.Replies);
        Assert.Equal(Moments.WinterMonday, chat.State.LastCompletedDay);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Session_started_and_stopped_earlier_that_day_means_no_reminder()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.At(Moments.Utc(2026, 3, 2, 5, 0)).Send("/train");
        chat.Later(TimeSpan.FromMinutes(3)).Send("/stop");

        var decision = chat.DueOnTime();

        Assert.Empty(decision.Replies);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Session_running_at_reminder_time_means_no_reminder_and_is_left_alone()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.At(Moments.Utc(2026, 3, 2, 6, 20)).Send("/train");
        chat.Later(TimeSpan.FromMinutes(2)).Send("done");
        var session = chat.State.Session;

        var decision = chat.DueOnTime();

        Assert.Empty(decision.Replies);
        Assert.Empty(decision.Events);
        Assert.Equal(session, chat.State.Session);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Session_finished_after_midnight_in_berlin_counts_for_monday_though_utc_says_sunday()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.At(Moments.Utc(2026, 3, 1, 23, 10)).TrainFully();

        Assert.Empty(chat.DueOnTime().Replies);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Session_on_sunday_evening_in_berlin_does_not_cancel_mondays_reminder()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.At(Moments.Utc(2026, 3, 1, 22, 10)).TrainFully();

        var decision = chat.DueOnTime();

        Assert.Contains("training day", decision.AllText());
        Assert.Equal(new DateOnly(2026, 3, 1), chat.State.LastCompletedDay);
    }

    [Fact]
    public void Reminder_comes_again_on_the_next_training_day()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.At(Moments.Utc(2026, 3, 2, 5, 0)).TrainFully();
        chat.DueOnTime();

        var wednesday = chat.DueOnTime();

        Assert.Equal(WednesdayReminder.At, chat.Now);
        Assert.Contains("training day", wednesday.AllText());
    }
}
