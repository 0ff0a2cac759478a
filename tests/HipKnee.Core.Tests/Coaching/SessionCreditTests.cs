using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>A session counts only with at least 6 of 8 sets done (issue 12, item 6).</summary>
public sealed class SessionCreditTests
{
    [Fact]
    public void Five_of_eight_is_partial_with_an_honest_count_and_no_celebration()
    {
        var chat = TestChat.OnMonday();

        var end = chat.Train(1, 3, 5);

        var text = end.AllText();
        Assert.DoesNotContain("Session complete", text);
        Assert.DoesNotContain("🎉", text);
        Assert.Contains("5 sets of 8 done, 3 skipped", text);
        Assert.Contains("partial", text);
        Assert.Equal(SessionOutcome.Partial, Assert.Single(end.Events.OfType<SessionEnded>()).Outcome);
        Assert.Null(chat.State.LastCompletedDay);
        Assert.Equal(chat.State.LocalDate(chat.Now), chat.State.LastStartedDay);
    }

    [Fact]
    public void Six_of_eight_is_complete()
    {
        var chat = TestChat.OnMonday();

        var end = chat.Train(1, 3);

        Assert.Contains("Session complete 🎉", end.AllText());
        Assert.Equal(SessionOutcome.Completed, Assert.Single(end.Events.OfType<SessionEnded>()).Outcome);
    }

    [Fact]
    public void Partial_sessions_count_in_neither_stats_nor_streak_nor_adherence()
    {
        var chat = new TestChat(Moments.MondayMorning);
        foreach (var day in new[] { 0, 2, 4 })
        {
            chat.At(Moments.MondayMorning.AddDays(day)).Train(0, 1, 2);
        }

        var now = Moments.MondayMorning.AddDays(7);
        var stats = chat.At(now).Send("/stats").AllText();
        var report = ProgressReport.Of(chat.History, now, "UTC", DayOfWeek.Monday, chat.State.TrainingDays);

        Assert.Contains("Sessions completed: 0", stats);
        Assert.Equal((0, 0, 0.0), (report.Completed, report.CurrentStreak, report.AdherenceAllTime));
    }

    [Fact]
    public void The_same_exercise_skipped_two_sessions_in_a_row_asks_once_whether_it_hurt()
    {
        var chat = TestChat.OnMonday();
        var first = chat.Train(2);
        Assert.DoesNotContain("Did it hurt?", first.AllText());

        var second = chat.Later(TimeSpan.FromDays(2)).Train(2, 3);

        Assert.Contains("You skipped the side plank two sessions in a row. Did it hurt?", second.AllText());
        Assert.Contains(ProgressButtons.StepBack, second.ButtonData());
        var easier = chat.Press(ProgressButtons.StepBack);
        Assert.Equal(ExerciseLevels.Start with { SidePlank = 0 }, chat.State.Levels);
        Assert.Contains("Side plank, level 1 of 6. Hold 15 s.", easier.AllText());

        var third = chat.Later(TimeSpan.FromDays(2)).Train(2);
        Assert.DoesNotContain("Did it hurt?", third.AllText());
    }
}
