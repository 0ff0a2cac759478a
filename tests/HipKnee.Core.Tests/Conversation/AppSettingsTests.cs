using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>The Mini App's settings follow the chat's rules and plan the next reminder as /schedule does.</summary>
public sealed class AppSettingsTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    private static readonly UserState Runner = new UserState(1) with
    {
        TimeZoneId = "Europe/Berlin",
        ZoneChosen = true,
        HasSchedule = true,
        TrainingDays = TrainingDays.Monday | TrainingDays.Wednesday | TrainingDays.Friday,
        ReminderTime = new TimeOnly(7, 30),
    };

    [Fact]
    public void A_new_schedule_plans_its_next_reminder_and_says_so_in_one_line()
    {
        var outcome = AppSettings.Schedule(Runner, ["tue", "thu", "sat"], "18:00", null, MondayMorning);

        Assert.Null(outcome.Error);
        Assert.Equal("Schedule changed in the app: Tue, Thu, Sat at 18:00", outcome.ChatLine);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero), outcome.Next.NextNudge?.At);
    }

    [Theory]
    [InlineData(new[] { "mon", "wed" }, "07:30", "Please pick exactly three days, like: mon wed fri")]
    [InlineData(new[] { "mon", "wed", "fri" }, "7.30", null)]
    [InlineData(new[] { "mon", "wed", "funday" }, "07:30", null)]
    public void A_schedule_the_chat_would_refuse_is_refused_with_the_chats_words(string[] days, string time, string? expected)
    {
        var outcome = AppSettings.Schedule(Runner, days, time, null, MondayMorning);

        Assert.NotNull(outcome.Error);
        Assert.Same(Runner, outcome.Next);
        Assert.Null(outcome.ChatLine);
        if (expected is not null)
        {
            Assert.Equal(expected, outcome.Error);
        }
    }

    [Fact]
    public void A_first_schedule_needs_a_time_zone_so_reminders_do_not_come_at_utc_wall_time()
    {
        var newcomer = new UserState(2);

        Assert.NotNull(AppSettings.Schedule(newcomer, ["mon", "wed", "fri"], "07:30", null, MondayMorning).Error);
        var zoned = AppSettings.Schedule(newcomer, ["mon", "wed", "fri"], "07:30", "asia/shanghai", MondayMorning);
        Assert.Equal(("Asia/Shanghai", true, true), (zoned.Next.TimeZoneId, zoned.Next.HasSchedule, zoned.Next.NextNudge is not null));
    }

    [Fact]
    public void Pausing_drops_the_planned_reminder_and_resuming_plans_it_again()
    {
        var planned = Runner with { NextNudge = HipKnee.Core.Schedule.ReminderPlanner.Next(Runner, MondayMorning) };

        var paused = AppSettings.Paused(planned, true, MondayMorning);
        var resumed = AppSettings.Paused(paused.Next, false, MondayMorning);

        Assert.Null(paused.Next.NextNudge);
        Assert.Equal(planned.NextNudge, resumed.Next.NextNudge);
        Assert.Equal("Reminders turned back on in the app.", resumed.ChatLine);
    }

    [Fact]
    public void Pausing_without_a_schedule_is_refused_as_in_the_chat() =>
        Assert.NotNull(AppSettings.Paused(new UserState(3), true, MondayMorning).Error);

    [Fact]
    public void The_value_already_set_changes_nothing_and_tells_the_chat_nothing()
    {
        var outcome = AppSettings.Pictures(Runner, on: true, MondayMorning);

        Assert.False(outcome.Changed);
        Assert.Null(outcome.Error);
    }

    [Fact]
    public void A_new_language_is_announced_in_that_language_and_an_unknown_one_is_refused()
    {
        Assert.Equal("已在应用中将语言改为简体中文。", AppSettings.Language(Runner, "zh", MondayMorning).ChatLine);
        Assert.NotNull(AppSettings.Language(Runner, "fr", MondayMorning).Error);
    }
}
