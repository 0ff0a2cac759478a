using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>Progression per exercise, in small steps, with its gates (issue 12, items 7 and 8).</summary>
public sealed class ProgressionRulesTests
{
    private static readonly DateTimeOffset FirstMonday = Moments.Utc(2026, 3, 2, 7, 0);

    /// <summary>Mon/Wed/Fri sessions for two weeks; each answered with <paramref name="pain"/>, or not at all when null.</summary>
    private static List<Decision> TwoWeeks(TestChat chat, Func<int, int?> pain, Func<int, int[]>? skipped = null)
    {
        var answers = new List<Decision>();
        var session = 0;
        foreach (var day in new[] { 0, 2, 4, 7, 9, 11 })
        {
            chat.At(FirstMonday.AddDays(day)).Train(skipped?.Invoke(session) ?? []);
            if (pain(session) is { } score)
            {
                answers.Add(chat.Later(TimeSpan.FromMinutes(1)).Press(ProgressButtons.Pain(score)));
            }
            else
            {
                chat.Later(TimeSpan.FromMinutes(1)).Send("/help");
            }

            session++;
        }

        return answers;
    }

    [Fact]
    public void No_step_raises_a_set_by_more_than_a_third_and_the_step_stays_at_20_cm()
    {
        foreach (var exercise in HipRoutine.Exercises)
        {
            for (var level = 1; level < exercise.Steps.Count; level++)
            {
                Assert.True(exercise.Steps[level].Volume <= exercise.Steps[level - 1].Volume * HipRoutine.MaxStepRise, $"{exercise.Id} level {level}");
            }
        }

        Assert.All(HipRoutine.StepDown.Steps.Skip(1), dose => Assert.Equal(20, dose.StepHeightCm));
        Assert.Equal([15, 20, 25, 30, 40, 45], HipRoutine.SidePlank.Steps.Select(dose => dose.HoldSeconds));
        Assert.Contains("2 × 10 reps from a 20 cm step, lowering slowly over 3 s", CoachTextsEnglish.DoseText(HipRoutine.StepDown.Steps[^1], ExerciseId.StepDown));
    }

    private static HipKnee.Core.Texts.ICoachTexts CoachTextsEnglish => HipKnee.Core.Texts.CoachTexts.For(HipKnee.Core.Texts.Languages.English);

    [Fact]
    public void One_pain_answer_in_two_weeks_is_not_enough_to_move_up()
    {
        var chat = new TestChat(FirstMonday);

        var answers = TwoWeeks(chat, session => session == 5 ? 1 : null);

        Assert.DoesNotContain(ProgressButtons.MoveUp, Assert.Single(answers).ButtonData());
    }

    [Fact]
    public void An_exercise_skipped_in_half_of_its_sessions_is_passed_over_for_the_next_one()
    {
        var chat = new TestChat(FirstMonday);

        var answers = TwoWeeks(chat, _ => 1, session => session % 2 == 0 ? [0] : []);

        Assert.Contains("Ready to move the side plank up a level? Next level: Hold 25 s.", answers[^1].AllText());
        chat.Press(ProgressButtons.MoveUp);
        Assert.Equal(ExerciseLevels.Start with { SidePlank = 2 }, chat.State.Levels);
    }

    [Fact]
    public void Moving_one_exercise_up_leaves_the_others_on_their_own_two_week_clock()
    {
        var chat = new TestChat(FirstMonday);
        TwoWeeks(chat, _ => 1);
        chat.Press(ProgressButtons.MoveUp);

        var next = new List<Decision>();
        foreach (var day in new[] { 14, 16, 18 })
        {
            chat.At(FirstMonday.AddDays(day)).Train();
            next.Add(chat.Later(TimeSpan.FromMinutes(1)).Press(ProgressButtons.Pain(1)));
        }

        Assert.Equal(FirstMonday.AddDays(11).AddMinutes(9), chat.State.LevelChanges.ForwardLunge);
        Assert.Null(chat.State.LevelChanges.SidePlank);
        Assert.Contains("Ready to move the side plank up a level?", next[^1].AllText());
    }

    [Fact]
    public void Level_jumping_more_than_one_level_asks_for_confirmation_first()
    {
        var chat = TestChat.OnMonday();

        var asked = chat.Send("/level 4");

        Assert.Contains("more than one level at once", asked.AllText());
        Assert.Equal(ExerciseLevels.Start, chat.State.Levels);
        chat.Press(Assert.Single(asked.ButtonData()));
        Assert.Equal(3, chat.State.Levels.SidePlank);
        chat.Send("/level 3");
        Assert.Equal(2, chat.State.Levels.SidePlank);
    }

    [Fact]
    public void The_first_session_after_two_weeks_off_offers_a_step_back()
    {
        var chat = new TestChat(FirstMonday, new UserState(42) { Levels = ExerciseLevels.All(2), RedFlagsCleared = true });
        chat.Train();
        var soon = chat.Later(TimeSpan.FromDays(13)).Send("/train");
        chat.TrainFullyFromHere();
        Assert.DoesNotContain(ProgressButtons.StepBack, soon.ButtonData());

        var back = chat.Later(TimeSpan.FromDays(15)).Send("/train");

        Assert.Contains("It's been 2 weeks since your last session", back.AllText());
        chat.Press(ProgressButtons.StepBack);
        Assert.Equal(ExerciseLevels.All(1), chat.State.Levels);
        Assert.Contains("Set 1 of 8", chat.Send("/train").AllText());
    }

    [Fact]
    public void The_level_buttons_offer_no_plus_at_the_top_and_no_minus_at_the_easiest()
    {
        var chat = new TestChat(FirstMonday, new UserState(42) { Levels = new ExerciseLevels(0, 5, 1, 1) });

        var rows = chat.Send("/level").TextReplies()[0].Buttons;

        Assert.DoesNotContain(rows[0], button => button.Label == "➖");
        Assert.DoesNotContain(rows[1], button => button.Label == "➕");
        Assert.Equal(["➖", "Single-leg bridge 2/5", "➕"], rows[2].Select(button => button.Label));
    }
}
