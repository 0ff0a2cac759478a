using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>Pain that steers the plan (issue 12, items 9, 10, 12, 13).</summary>
public sealed class PainRulesTests
{
    [Fact]
    public void The_after_session_question_asks_for_the_worst_pain_during_the_exercises()
    {
        var end = TestChat.OnMonday().TrainFully();

        Assert.Contains("Worst knee pain during today's exercises? Tap 0 (none) to 10", end.AllText());
    }

    [Fact]
    public void Ad_hoc_pain_is_stored_as_such_and_kept_out_of_the_session_trend()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();
        chat.Press(ProgressButtons.Pain(1));
        chat.Later(TimeSpan.FromDays(8)).TrainFully();
        chat.Press(ProgressButtons.Pain(1));

        var adHoc = chat.Later(TimeSpan.FromHours(1)).Send("/pain 9");

        Assert.False(Assert.Single(adHoc.Events.OfType<PainRecorded>()).AfterSession);
        Assert.Equal(PainTrend.Steady, PainTrends.Of(chat.History.Pain, chat.Now));
        Assert.DoesNotContain("rising", adHoc.AllText());
    }

    [Fact]
    public void Pain_of_4_after_a_session_asks_which_exercise_hurt_and_eases_only_that_one()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();

        var asked = chat.Press(ProgressButtons.Pain(4));

        Assert.Contains("Which exercise hurt the most?", asked.AllText());
        Assert.Equal(
            [SafetyButtons.Hurt(ExerciseId.ForwardLunge), SafetyButtons.Hurt(ExerciseId.SidePlank), SafetyButtons.Hurt(ExerciseId.SingleLegBridge), SafetyButtons.Hurt(ExerciseId.StepDown), SafetyButtons.Hurt(null)],
            asked.ButtonData());

        var named = chat.Press(SafetyButtons.Hurt(ExerciseId.StepDown));

        Assert.Equal(ExerciseLevels.Start with { StepDown = 0 }, chat.State.Levels);
        Assert.Equal(ExerciseId.StepDown, chat.State.HurtExercise);
        Assert.Contains(new HurtExerciseNamed(1, ExerciseId.StepDown, chat.Now), named.Events);
        Assert.Contains("Next time the step-down is one level easier: 10 reps from a 10 cm step.", named.AllText());
        Assert.Equal([new CallbackAnswer("That offer has passed.")], chat.Press(SafetyButtons.Hurt(ExerciseId.ForwardLunge)).CallbackAnswers());
        chat.Later(TimeSpan.FromDays(2)).Send("/train");
        var prompts = Enumerable.Range(0, 6).Select(_ => chat.Later(TimeSpan.FromMinutes(1)).Send("done").AllText()).ToList();
        Assert.Contains("Beginner variant: use a lower step", prompts[^1]);
    }

    [Fact]
    public void Not_sure_changes_no_level()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();
        chat.Press(ProgressButtons.Pain(6));

        var decision = chat.Press(SafetyButtons.Hurt(null));

        Assert.Equal(ExerciseLevels.Start, chat.State.Levels);
        Assert.Contains(new HurtExerciseNamed(1, null, chat.Now), decision.Events);
    }

    [Fact]
    public void Pain_of_3_after_a_session_asks_nothing_more_and_ad_hoc_pain_never_asks_which()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();

        Assert.DoesNotContain("Which exercise", chat.Press(ProgressButtons.Pain(3)).AllText());
        Assert.DoesNotContain("Which exercise", chat.Later(TimeSpan.FromHours(2)).Send("/pain 6").AllText());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Pain_5_to_6_at_the_beginner_level_gets_advice_too(int score)
    {
        var chat = new TestChat(Moments.MondayMorning, new UserState(42) { Levels = ExerciseLevels.Beginner, RedFlagsCleared = true });
        chat.TrainFully();

        var decision = chat.Press(ProgressButtons.Pain(score));

        Assert.Contains("smaller range", decision.AllText());
        Assert.Contains("rest a day", decision.AllText());
        Assert.Contains("if it doesn't settle", decision.AllText());
    }

    [Fact]
    public void Stop_offers_one_tap_stopped_because_of_knee_pain_which_opens_the_pain_scale()
    {
        var chat = TestChat.AtStep(3);

        var stopped = chat.Send("/stop");
        Assert.Contains(SafetyButtons.PainReason, stopped.ButtonData());

        var scale = chat.Press(SafetyButtons.PainReason);

        Assert.Equal(Enumerable.Range(0, 11).Select(ProgressButtons.Pain), scale.ButtonData());
        Assert.True(chat.State.PainCheckForSession);
        Assert.Contains("Which exercise hurt the most?", chat.Press(ProgressButtons.Pain(5)).AllText());
    }

    [Fact]
    public void A_skip_offers_the_same_tap_on_the_next_set_and_a_done_does_not()
    {
        var chat = TestChat.AtStep(1);

        var afterSkip = chat.Send("skip");
        var afterDone = chat.Send("done");

        Assert.Contains(SafetyButtons.PainReason, afterSkip.ButtonData());
        Assert.DoesNotContain(SafetyButtons.PainReason, afterDone.ButtonData());
        var scale = chat.Press(SafetyButtons.PainReason);
        Assert.NotNull(chat.State.Session);
        Assert.Contains("Set 4 of 8", chat.Press(ProgressButtons.Pain(2)).AllText());
        Assert.Contains(ProgressButtons.Pain(0), scale.ButtonData());
    }

    [Fact]
    public void The_effort_paragraph_comes_the_first_three_times_then_only_from_pain_3()
    {
        var chat = TestChat.OnMonday();
        var shown = new List<bool>();
        foreach (var score in new[] { 0, 1, 2, 1, 2, 3, 0 })
        {
            shown.Add(chat.Later(TimeSpan.FromHours(1)).Send($"/pain {score}").AllText().Contains("Normal: muscles that burn", StringComparison.Ordinal));
        }

        Assert.Equal([true, true, true, false, false, true, false], shown);
    }
}
