using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Mon/Wed/Fri at 07:30 in Berlin: the reminder, its buttons, and what is planned after it.</summary>
public sealed class ReminderTests
{
    [Fact]
    public void Monday_reminder_is_planned_for_0630_utc_in_winter()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 2, 6, 30), NudgeKind.Reminder, Moments.WinterMonday), chat.State.NextNudge);
    }

    [Fact]
    public void Monday_reminder_is_planned_for_0530_utc_in_summer()
    {
        var chat = TestChat.Scheduled(Moments.SummerSundayNoon);

        Assert.Equal(new Nudge(Moments.Utc(2026, 6, 8, 5, 30), NudgeKind.Reminder, new DateOnly(2026, 6, 8)), chat.State.NextNudge);
    }

    [Fact]
    public void Reminder_offers_start_now_in_one_hour_and_not_today()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.DueOnTime();

        var reminder = Assert.Single(decision.Replies);
        var text = Assert.IsType<TextReply>(reminder);
        Assert.Contains("training day", text.Text);
        Assert.Equal(
            [("Start now", CallbackData.Train), ("In 1 hour", ScheduleButtons.Snooze(Moments.WinterMonday)), ("Not today", ScheduleButtons.NotToday(Moments.WinterMonday))],
            text.Buttons.SelectMany(row => row).Select(button => (button.Label, button.Data)));
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Reminder_plans_the_follow_up_three_hours_later()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        chat.DueOnTime();

        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 2, 9, 30), NudgeKind.FollowUp, Moments.WinterMonday), chat.State.NextNudge);
        Assert.Equal((Moments.WinterMonday, 1), (chat.State.NudgedDay, chat.State.NudgesOnNudgedDay));
    }

    [Fact]
    public void Start_now_button_starts_todays_session()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();

        var decision = chat.Later(TimeSpan.FromMinutes(5)).Press(CallbackData.Train);

        Assert.Equal(new SessionStarted(1, chat.Now), Assert.Single(decision.Events));
        Assert.Equal(Moments.WinterMonday, chat.State.LastStartedDay);
    }

    [Fact]
    public void Early_call_from_the_scan_sends_nothing_and_keeps_the_plan()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var before = chat.State;

        var decision = chat.At(before.NextNudge!.At.AddMinutes(-1)).Due();

        Assert.Empty(decision.Replies);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void A_week_of_reminders_arrives_monday_wednesday_friday_and_each_plan_lies_ahead()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        var reminders = new List<DateTimeOffset>();

        while (chat.Planned.At < Moments.Utc(2026, 3, 9, 12, 0))
        {
            var decision = chat.DueOnTime();
            if (decision.TextReplies().Any(reply => reply.Text.Contains("training day", StringComparison.Ordinal)))
            {
                reminders.Add(chat.Now);
            }

            Assert.True(chat.Planned.At > chat.Now, $"{chat.Planned.At:u} is not after {chat.Now:u}");
        }

        Assert.Equal(
            [Moments.Utc(2026, 3, 2, 6, 30), Moments.Utc(2026, 3, 4, 6, 30), Moments.Utc(2026, 3, 6, 6, 30), Moments.Utc(2026, 3, 9, 6, 30)],
            reminders);
    }

    [Fact]
    public void Reminder_across_the_spring_change_keeps_the_local_time()
    {
        var chat = TestChat.Scheduled(Moments.Utc(2026, 3, 27, 12, 0));

        Assert.Equal(Moments.Utc(2026, 3, 30, 5, 30), chat.Planned.At);
        chat.DueOnTime();
        chat.DueOnTime();
        // No Tuesday catch-up (it would touch Monday and Wednesday): Wednesday, after the change too.
        Assert.Equal(Moments.Utc(2026, 4, 1, 5, 30), chat.Planned.At);
    }
}
