using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>The next-morning check of the pain-monitoring model (issue 12, item 11).</summary>
public sealed class MorningCheckTests
{
    /// <summary>A Berlin user (winter, UTC+1) with a schedule at <paramref name="time"/>, who trains on Monday 2 March at 18:00 local.</summary>
    private static TestChat TrainedMondayEvening(string time = "19:00")
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon, schedule: $"mon wed fri {time}");
        chat.At(Moments.Utc(2026, 3, 2, 17, 0)).Train();
        chat.Later(TimeSpan.FromMinutes(1)).Press(ProgressButtons.Pain(2));
        return chat;
    }

    [Theory]
    [InlineData("19:00", 8, 0)]
    [InlineData("07:30", 6, 30)]
    [InlineData("05:00", 6, 0)]
    public void The_check_is_planned_for_nine_or_the_earlier_reminder_time_never_before_seven(string reminder, int utcHour, int utcMinute)
    {
        var chat = TrainedMondayEvening(reminder);

        Assert.Equal(Moments.Utc(2026, 3, 3, utcHour, utcMinute), chat.State.NextMorningCheckAt);
        Assert.Equal(new DateOnly(2026, 3, 3), chat.State.MorningCheckDay);
    }

    [Fact]
    public void It_asks_once_with_three_answers_and_counts_toward_the_days_two_messages()
    {
        var chat = TrainedMondayEvening();

        var asked = chat.At(chat.State.NextMorningCheckAt!.Value).MorningDue();
        var again = chat.Later(TimeSpan.FromMinutes(1)).MorningDue();

        Assert.Contains("How is your knee this morning", asked.AllText());
        Assert.Equal(["Better", "Same as usual", "Worse"], asked.TextReplies()[0].Buttons[0].Select(button => button.Label));
        Assert.Empty(again.Replies);
        Assert.Null(chat.State.NextMorningCheckAt);
        Assert.Equal((new DateOnly(2026, 3, 3), 1), (chat.State.NudgedDay!.Value, chat.State.NudgesOnNudgedDay));
    }

    [Fact]
    public void Worse_steps_back_the_exercise_that_hurt_and_says_so()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/level 3");
        chat.At(Moments.Utc(2026, 3, 2, 17, 0)).Train();
        chat.Press(ProgressButtons.Pain(5));
        chat.Press(SafetyButtons.Hurt(ExerciseId.SidePlank));
        var levels = chat.State.Levels;
        chat.At(chat.State.NextMorningCheckAt!.Value).MorningDue();

        var worse = chat.Press(SafetyButtons.Morning(MorningAnswer.Worse, new DateOnly(2026, 3, 3)));

        Assert.Equal(levels.With(ExerciseId.SidePlank, levels.SidePlank - 1), chat.State.Levels);
        Assert.Contains("your next session steps back: Side plank", worse.AllText());
        Assert.Contains(new MorningCheckAnswered(new DateOnly(2026, 3, 3), MorningAnswer.Worse, chat.Now), worse.Events);
    }

    [Fact]
    public void Worse_with_no_exercise_named_steps_back_all_of_them()
    {
        var chat = TrainedMondayEvening();
        chat.At(chat.State.NextMorningCheckAt!.Value).MorningDue();

        var worse = chat.Press(SafetyButtons.Morning(MorningAnswer.Worse, new DateOnly(2026, 3, 3)));

        Assert.Equal(ExerciseLevels.Beginner, chat.State.Levels);
        Assert.Contains("Forward lunge, Side plank, Single-leg bridge, Step-down", worse.AllText());
    }

    [Fact]
    public void Same_or_better_changes_nothing_and_an_answer_the_next_day_has_passed()
    {
        var chat = TrainedMondayEvening();
        chat.At(chat.State.NextMorningCheckAt!.Value).MorningDue();

        var late = chat.Later(TimeSpan.FromDays(1)).Press(SafetyButtons.Morning(MorningAnswer.Worse, new DateOnly(2026, 3, 3)));

        Assert.Equal([new CallbackAnswer("That question has passed.")], late.Replies);
        Assert.Equal(ExerciseLevels.Start, chat.State.Levels);
    }

    [Fact]
    public void Pause_cancels_the_check_and_no_zone_means_no_check()
    {
        var chat = TrainedMondayEvening();
        chat.Send("/pause");
        Assert.Null(chat.State.NextMorningCheckAt);

        var zoneless = TestChat.OnMonday();
        zoneless.TrainFully();
        Assert.Null(zoneless.State.NextMorningCheckAt);
    }

    [Fact]
    public void A_day_with_two_proactive_messages_already_gets_no_check()
    {
        var chat = TrainedMondayEvening();
        var at = chat.State.NextMorningCheckAt!.Value;
        var full = chat.State with { NudgedDay = new DateOnly(2026, 3, 3), NudgesOnNudgedDay = 2 };

        var decision = Coach.Decide(full, new MorningCheckDueInput(), at);

        Assert.Empty(decision.Replies);
        Assert.Null(decision.Next.NextMorningCheckAt);
    }

    [Fact]
    public void A_check_the_bot_was_too_late_for_is_dropped()
    {
        var chat = TrainedMondayEvening();

        var late = chat.At(chat.State.NextMorningCheckAt!.Value.AddHours(4)).MorningDue();

        Assert.Empty(late.Replies);
        Assert.Null(chat.State.NextMorningCheckAt);
    }

    [Fact]
    public void On_the_spring_forward_day_the_check_still_comes_at_nine_local()
    {
        var chat = TestChat.Scheduled(Moments.Utc(2026, 3, 27, 12, 0), schedule: "mon wed sat 19:00");
        chat.At(Moments.Utc(2026, 3, 28, 17, 0)).Train();

        Assert.Equal(Moments.Utc(2026, 3, 29, 7, 0), chat.State.NextMorningCheckAt);
        Assert.Equal(9, ReminderPlanner.Local(chat.State.NextMorningCheckAt!.Value, "Europe/Berlin").Hour);
    }
}
