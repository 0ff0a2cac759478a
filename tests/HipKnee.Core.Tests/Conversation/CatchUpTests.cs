using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Three sessions a week on any days: a training day that passes untrained is caught up on the next rest day.</summary>
public sealed class CatchUpTests
{
    private static readonly DateOnly Saturday = new(2026, 3, 7);

    /// <summary>Mon/Wed/Fri in Berlin: Monday and Wednesday trained at their reminders, then Friday's two nudges pass untrained.</summary>
    private static TestChat MissedFriday()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        while (chat.Planned.Day < new DateOnly(2026, 3, 6))
        {
            chat.At(chat.Planned.At).TrainFully();
            chat.DueOnTime();
        }

        chat.DueOnTime();
        chat.DueOnTime();
        return chat;
    }

    [Fact]
    public void A_missed_friday_offers_saturday_as_a_catch_up_with_one_button()
    {
        var chat = MissedFriday();
        Assert.Equal(new Nudge(Moments.Utc(2026, 3, 7, 6, 30), NudgeKind.CatchUp, Saturday), chat.Planned);

        var decision = chat.DueOnTime();

        var reply = Assert.Single(decision.TextReplies());
        Assert.Contains("Friday's session didn't happen", reply.Text);
        Assert.Contains("today (Saturday) is a rest day", reply.Text);
        Assert.Equal([CallbackData.Train], decision.ButtonData());
        Assert.Equal(new DateOnly(2026, 3, 9), chat.Planned.Day);
        Assert.Equal(NudgeKind.Reminder, chat.Planned.Kind);
    }

    [Fact]
    public void A_missed_monday_gets_no_catch_up_because_every_rest_day_of_its_week_touches_a_training_day()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();
        chat.DueOnTime();

        Assert.Equal((NudgeKind.Reminder, new DateOnly(2026, 3, 4)), (chat.Planned.Kind, chat.Planned.Day));
    }

    [Fact]
    public void Training_late_on_friday_cancels_the_catch_up()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        while (chat.Planned.Day < new DateOnly(2026, 3, 6))
        {
            chat.At(chat.Planned.At).TrainFully();
            chat.DueOnTime();
        }

        chat.DueOnTime();
        chat.DueOnTime();
        chat.At(Moments.Utc(2026, 3, 6, 19, 0)).TrainFully();

        Assert.Empty(chat.DueOnTime().Replies);
    }

    [Fact]
    public void Not_today_is_respected_with_no_catch_up_the_next_day()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.DueOnTime();

        chat.Press(ScheduleButtons.NotToday(Moments.WinterMonday));

        Assert.Equal(NudgeKind.Reminder, chat.Planned.Kind);
        Assert.Equal(new DateOnly(2026, 3, 4), chat.Planned.Day);
    }

    [Fact]
    public void A_missed_friday_is_caught_up_on_saturday_but_a_missed_sunday_has_no_rest_day_left_in_its_week()
    {
        var friday = TestChat.Scheduled(Moments.WinterSundayNoon, schedule: "mon wed fri 07:30");
        var sunday = TestChat.Scheduled(Moments.WinterSundayNoon, schedule: "tue thu sun 07:30");
        while (friday.Planned.Day < new DateOnly(2026, 3, 6))
        {
            friday.At(friday.Planned.At).TrainFully();
            friday.DueOnTime();
        }

        friday.DueOnTime();
        friday.DueOnTime();
        while (sunday.Planned.Day < new DateOnly(2026, 3, 8))
        {
            sunday.DueOnTime();
        }

        sunday.DueOnTime();
        sunday.DueOnTime();

        Assert.Equal((NudgeKind.CatchUp, new DateOnly(2026, 3, 7)), (friday.Planned.Kind, friday.Planned.Day));
        Assert.Equal((NudgeKind.Reminder, new DateOnly(2026, 3, 10)), (sunday.Planned.Kind, sunday.Planned.Day));
    }

    [Fact]
    public void No_catch_up_once_the_week_already_has_three_sessions()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon, schedule: "mon wed fri 07:30");
        foreach (var day in new[] { 2, 3, 4 })
        {
            chat.At(Moments.Utc(2026, 3, day, 5, 0)).TrainFully();
        }

        while (chat.Planned.Day < new DateOnly(2026, 3, 6))
        {
            chat.DueOnTime();
        }

        chat.DueOnTime();
        chat.DueOnTime();
        Assert.Equal(NudgeKind.CatchUp, chat.Planned.Kind);

        Assert.Empty(chat.DueOnTime().Replies);
    }

    [Fact]
    public void With_back_to_back_days_the_catch_up_names_the_day_that_was_missed()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon, schedule: "mon tue thu 07:30");
        while (chat.Planned.Kind != NudgeKind.CatchUp)
        {
            chat.DueOnTime();
        }

        var decision = chat.DueOnTime();

        // Wednesday would follow Tuesday and precede Thursday; Friday only follows the missed Thursday.
        Assert.Equal(new DateOnly(2026, 3, 6), DateOnly.FromDateTime(chat.Now.UtcDateTime));
        Assert.Contains("Thursday's session didn't happen", decision.AllText());
    }
}
