using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>The Sunday-evening check-in: sessions against the plan, streak, pain trend, and what got in the way.</summary>
public sealed class WeeklySummaryTests
{
    /// <summary>Sunday 8 March 2026, 19:00 in Berlin.</summary>
    private static readonly DateTimeOffset SundayEvening = Moments.Utc(2026, 3, 8, 18, 0);

    private static Decision SummaryDue(TestChat chat) => chat.At(chat.State.NextSummaryAt!.Value).Handle(new SummaryDueInput());

    [Fact]
    public void The_summary_is_planned_for_sunday_19_00_local_once_a_schedule_exists()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        Assert.Null(chat.State.NextSummaryAt);

        chat.Send("/timezone Europe/Berlin");
        chat.Send("/schedule mon wed fri 07:30");

        Assert.Equal(Moments.Utc(2026, 3, 1, 18, 0), chat.State.NextSummaryAt);
    }

    [Fact]
    public void A_short_week_asks_what_got_in_the_way_with_one_button_per_barrier_and_an_opt_out()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        SummaryDue(chat);
        chat.At(Moments.Utc(2026, 3, 4, 7, 0)).TrainFully();

        var decision = SummaryDue(chat);

        Assert.Equal(SundayEvening, chat.Now);
        var text = decision.AllText();
        Assert.Contains("Your week (2 Mar to 8 Mar): 1 session done of the 3 planned.", text);
        Assert.DoesNotContain("0 weeks", text);
        Assert.Contains("What got in the way this week?", text);
        Assert.Equal(
            [.. Enum.GetValues<WeekBarrier>().Where(b => b != WeekBarrier.Other).Append(WeekBarrier.Other).Select(ProgressButtons.Barrier), ProgressButtons.SummaryOff],
            decision.ButtonData());
        Assert.Equal(SundayEvening.AddDays(7), chat.State.NextSummaryAt);
    }

    [Fact]
    public void A_week_met_is_congratulated_and_asks_nothing()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        SummaryDue(chat);
        foreach (var day in new[] { 3, 5, 7 })
        {
            chat.At(Moments.Utc(2026, 3, day, 8, 0)).TrainFully();
        }

        var decision = SummaryDue(chat);

        Assert.Contains("3 sessions done, the week's goal of 3 met 🎉", decision.AllText());
        Assert.Contains("Knee pain: ", decision.AllText());
        Assert.Equal([ProgressButtons.SummaryOff], decision.ButtonData());
    }

    [Fact]
    public void The_summary_comes_once_a_week_however_often_the_scan_asks()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        SummaryDue(chat);

        var sent = Enumerable.Range(0, 48).Count(hour => chat.At(SundayEvening.AddHours(hour - 1)).Handle(new SummaryDueInput()).Replies.Count > 0);

        Assert.Equal(1, sent);
    }

    [Fact]
    public void A_summary_more_than_12_hours_late_is_skipped_and_the_next_one_planned()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.At(Moments.Utc(2026, 3, 2, 7, 0)).Handle(new SummaryDueInput());

        Assert.Empty(decision.Replies);
        Assert.Equal(SundayEvening, chat.State.NextSummaryAt);
    }

    [Fact]
    public void Opting_out_stops_the_summaries_and_summary_turns_them_back_on()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        chat.Press(ProgressButtons.SummaryOff);
        Assert.Null(chat.State.NextSummaryAt);
        Assert.Empty(chat.At(SundayEvening).Handle(new SummaryDueInput()).Replies);

        chat.Send("/summary");
        Assert.Equal(SundayEvening.AddDays(7), chat.State.NextSummaryAt);
    }

    [Theory]
    [InlineData(WeekBarrier.NoTime, "Short on time? Do both sides of two exercises", "t")]
    [InlineData(WeekBarrier.KneePain, "see a physiotherapist or doctor", "lv:0:0")]
    [InlineData(WeekBarrier.Forgot, "pick a reminder time", "rt:1830")]
    [InlineData(WeekBarrier.TravelOrIll, "Pause the reminders", "pz")]
    [InlineData(WeekBarrier.Other, "Every session helps", "t")]
    [InlineData(WeekBarrier.NotSure, "the knee stays over the middle of the foot", "lv:0:0")]
    [InlineData(WeekBarrier.NoResults, "6–8 weeks", "t")]
    public void Each_barrier_gets_its_own_short_plan_with_a_button_to_act_on_it(WeekBarrier barrier, string plan, string button)
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.Press(ProgressButtons.Barrier(barrier));

        Assert.Contains(plan, decision.AllText());
        Assert.Contains(button, decision.ButtonData());
    }

    [Fact]
    public void The_plans_buttons_do_what_they_say()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        chat.Press(ProgressButtons.ReminderTime(new TimeOnly(18, 30)));
        Assert.Equal(new TimeOnly(18, 30), chat.State.ReminderTime);
        Assert.Equal(Moments.Utc(2026, 3, 2, 17, 30), chat.Planned.At);

        chat.Press(ProgressButtons.Pause);
        Assert.True(chat.State.RemindersPaused);
        Assert.Null(chat.State.NextNudge);
    }
}
