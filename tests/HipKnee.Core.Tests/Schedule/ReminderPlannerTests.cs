using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Schedule;

public sealed class ReminderPlannerTests
{
    private static readonly UserState Berlin = new UserState(ChatId: 7) with
    {
        HasSchedule = true,
        TimeZoneId = "Europe/Berlin",
        TrainingDays = TrainingDays.Default,
        ReminderTime = new TimeOnly(7, 30),
    };

    [Fact]
    public void Plans_a_reminder_for_the_local_training_day()
    {
        var nudge = ReminderPlanner.Next(Berlin, Moments.WinterSundayNoon);

        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 2, 6, 30), NudgeKind.Reminder, Moments.WinterMonday), nudge);
    }

    [Fact]
    public void Day_is_the_local_date_even_when_utc_is_still_the_day_before()
    {
        var kiritimati = Berlin with { TimeZoneId = "Pacific/Kiritimati" };

        var nudge = ReminderPlanner.Next(kiritimati, Moments.WinterSundayNoon);

        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 1, 17, 30), NudgeKind.Reminder, Moments.WinterMonday), nudge);
    }

    [Fact]
    public void Nothing_is_planned_without_a_schedule_or_while_paused()
    {
        Assert.Null(ReminderPlanner.Next(Berlin with { HasSchedule = false }, Moments.WinterSundayNoon));
        Assert.Null(ReminderPlanner.Next(Berlin with { RemindersPaused = true }, Moments.WinterSundayNoon));
        Assert.Null(ReminderPlanner.NextLocal(Berlin with { RemindersPaused = true }, Moments.WinterSundayNoon));
    }

    [Fact]
    public void Next_local_is_shown_on_the_users_clock()
    {
        var local = ReminderPlanner.NextLocal(Berlin, Moments.WinterSundayNoon);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.FromHours(1)), local);
        Assert.Equal(TimeSpan.FromHours(1), local?.Offset);
    }

    [Fact]
    public void Schedule_differs_on_days_time_zone_pause_or_having_one()
    {
        Assert.False(ReminderPlanner.ScheduleDiffers(Berlin, Berlin with { SessionCount = 3, SkippedDay = Moments.WinterMonday }));
        Assert.True(ReminderPlanner.ScheduleDiffers(Berlin, Berlin with { TrainingDays = TrainingDays.Tuesday | TrainingDays.Thursday | TrainingDays.Saturday }));
        Assert.True(ReminderPlanner.ScheduleDiffers(Berlin, Berlin with { ReminderTime = new TimeOnly(7, 45) }));
        Assert.True(ReminderPlanner.ScheduleDiffers(Berlin, Berlin with { TimeZoneId = "UTC" }));
        Assert.True(ReminderPlanner.ScheduleDiffers(Berlin, Berlin with { RemindersPaused = true }));
        Assert.True(ReminderPlanner.ScheduleDiffers(Berlin, Berlin with { HasSchedule = false }));
    }
}
