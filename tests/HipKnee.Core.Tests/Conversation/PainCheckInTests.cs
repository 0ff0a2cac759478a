using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class PainCheckInTests
{
    [Fact]
    public void A_completed_session_asks_how_the_knees_felt_with_buttons_0_to_10()
    {
        var chat = TestChat.OnMonday();

        var decision = chat.TrainFully();

        var reply = Assert.Single(decision.TextReplies());
        Assert.StartsWith("Session complete", reply.Text);
        Assert.Contains("Worst knee pain during today's exercises?", reply.Text);
        Assert.Equal(Enumerable.Range(0, 11).Select(ProgressButtons.Pain), decision.ButtonData());
        Assert.True(chat.State.PainCheckPending);
    }

    [Fact]
    public void Pain_8_gets_advice_to_stop_and_see_a_professional_and_switches_to_the_beginner_variants()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();

        var decision = chat.Later(TimeSpan.FromMinutes(1)).Press(ProgressButtons.Pain(8));

        var text = decision.AllText();
        Assert.Contains("Stop the exercise that hurts", text);
        Assert.Contains("physiotherapist or doctor", text);
        Assert.Contains("beginner variants", text);
        Assert.Contains("Not normal: sharp or stabbing pain", text);
        Assert.Equal(ExerciseLevels.Beginner, chat.State.Levels);
        Assert.Equal(new PainRecorded(1, 8, chat.Now), Assert.Single(decision.Events));
        Assert.DoesNotContain("you have", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Beginner variant:", chat.Later(TimeSpan.FromDays(1)).Send("/train").AllText());
    }

    [Theory]
    [InlineData("/pain 2", 2)]
    [InlineData("/pain 0", 0)]
    [InlineData("/pain 10/10", 10)]
    public void Pain_command_records_the_score_with_the_date_and_the_effort_line(string command, int score)
    {
        var chat = TestChat.OnMonday();

        var decision = chat.Send(command);

        Assert.Equal(new PainRecorded(0, score, chat.Now) { AfterSession = false }, Assert.Single(decision.Events));
        Assert.Contains($"knee pain {score}/10 on Mon 2 Mar", decision.AllText());
        Assert.Contains("Normal: muscles that burn", decision.AllText());
    }

    [Theory]
    [InlineData("/pain 11")]
    [InlineData("/pain lots")]
    [InlineData("/pain -1")]
    public void A_score_outside_0_to_10_is_not_recorded(string command)
    {
        var decision = TestChat.OnMonday().Send(command);

        Assert.Empty(decision.Events);
        Assert.Contains("0 (none) to 10 (worst)", decision.AllText());
    }

    [Fact]
    public void Pain_rising_over_two_weeks_gets_the_advice_even_below_7()
    {
        // Only after-session answers make the trend (ad-hoc /pain is kept apart).
        var chat = TestChat.OnMonday();
        foreach (var (days, score) in new[] { (0, 1), (3, 2), (6, 4) })
        {
            chat.Later(TimeSpan.FromDays(days)).TrainFully();
            chat.Press(ProgressButtons.Pain(score));
        }

        chat.Later(TimeSpan.FromDays(2)).TrainFully();
        var decision = chat.Press(ProgressButtons.Pain(5));

        Assert.Contains("rising over the last two weeks", decision.AllText());
        Assert.Equal(ExerciseLevels.Beginner, chat.State.Levels);
    }

    [Fact]
    public void Pain_5_offers_to_step_back_and_the_button_lowers_every_exercise_once()
    {
        var chat = TestChat.OnMonday();

        var offer = chat.Send("/pain 5");
        Assert.Equal([ProgressButtons.StepBack, ProgressButtons.KeepLevel], offer.ButtonData());

        chat.Press(ProgressButtons.StepBack);
        Assert.Equal(ExerciseLevels.All(0), chat.State.Levels);
        var again = chat.Press(ProgressButtons.StepBack);
        Assert.Equal("That offer has passed.", Assert.Single(again.CallbackAnswers()).Text);
    }

    [Fact]
    public void A_second_tap_on_the_check_in_buttons_records_nothing_more()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();
        chat.Press(ProgressButtons.Pain(2));

        var again = chat.Press(ProgressButtons.Pain(3));

        Assert.Empty(again.Events);
        Assert.Single(chat.Events.OfType<PainRecorded>());
    }

    [Fact]
    public void A_number_typed_after_the_question_is_taken_as_the_answer()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();

        var decision = chat.Send("3");

        Assert.Equal(3, Assert.IsType<PainRecorded>(Assert.Single(decision.Events)).Score);
        Assert.False(chat.State.PainCheckPending);
    }

    [Fact]
    public void Pain_during_a_session_is_recorded_and_the_set_is_shown_again()
    {
        var chat = TestChat.AtStep(2);

        var decision = chat.Send("/pain 2");

        Assert.Single(decision.Events.OfType<PainRecorded>());
        Assert.Contains("Set 3 of 8", decision.TextReplies()[^1].Text);
        Assert.Equal(2, chat.State.Session?.Step);
    }
}
