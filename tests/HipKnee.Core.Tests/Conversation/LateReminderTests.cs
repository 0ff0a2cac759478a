using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>A nudge handled more than two hours late is dropped; the plan moves on (to a catch-up day when the day went untrained).</summary>
public sealed class LateReminderTests
{
    private static readonly Nudge WednesdayReminder = new(Moments.Utc(2026, 3, 4, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 4));

    /// <summary>Monday passed untrained, so Tuesday (a rest day) is offered as a catch-up before Wednesday's reminder.</summary>

    [Fact]
    public void Reminder_exactly_two_hours_late_is_still_sent()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.DueOnTime(late: TimeSpan.FromHours(2));

        Assert.Contains("training day", decision.AllText());
        Assert.Equal(NudgeKind.FollowUp, chat.Planned.Kind);
        Assert.True(chat.Planned.At > chat.Now);
    }

    [Fact]
    public void Reminder_over_two_hours_late_sends_nothing_and_plans_the_next_training_day()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.DueOnTime(late: TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        Assert.Empty(decision.Replies);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
        Assert.Equal(0, chat.State.NudgesOnNudgedDay);
    }

    [Fact]
    public void Follow_up_over_two_hours_late_sends_nothing()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();

        var decision = chat.DueOnTime(late: TimeSpan.FromHours(3));

        Assert.Empty(decision.Replies);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Snoozed_reminder_over_two_hours_late_sends_nothing()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.Press(ScheduleButtons.Snooze(Moments.WinterMonday));

        Assert.Empty(chat.DueOnTime(late: TimeSpan.FromHours(2.5)).Replies);
        Assert.Equal(WednesdayReminder, chat.State.NextNudge);
    }

    [Fact]
    public void Scan_down_for_days_skips_the_missed_reminders_and_plans_the_next_one_ahead()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.At(Moments.Utc(2026, 3, 5, 9, 0)).Due();

        Assert.Empty(decision.Replies);
        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 6, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 6)), chat.State.NextNudge);
    }

    [Fact]
    public void Scan_down_past_the_next_reminder_time_still_plans_strictly_after_now()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        chat.At(Moments.Utc(2026, 3, 4, 6, 30)).Due();

        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 6, 6, 30), NudgeKind.Reminder, new DateOnly(2026, 3, 6)), chat.State.NextNudge);
    }
}
