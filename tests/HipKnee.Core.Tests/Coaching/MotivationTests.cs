using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>Check-ins that lead with what was done, and plans that never train one side only (issue 12, items 14 and 15).</summary>
public sealed class MotivationTests
{
    [Theory]
    [InlineData(Languages.English)]
    [InlineData(Languages.Chinese)]
    public void Busy_week_plans_never_train_one_side_only(string language)
    {
        var texts = CoachTexts.For(language);

        foreach (var plan in new[] { texts.NoTimePlan, texts.OtherBarrierPlan })
        {
            Assert.DoesNotContain("first side", plan);
            Assert.DoesNotContain("只做第一侧", plan);
        }

        Assert.Contains(language == Languages.English ? "both sides of two exercises" : "两侧都做", texts.NoTimePlan);
    }

    [Fact]
    public void Not_seeing_results_gives_a_timeline_and_the_users_own_numbers()
    {
        var chat = TestChat.OnMonday();
        foreach (var day in new[] { 0, 2, 4, 7 })
        {
            chat.At(Moments.MondayMorning.AddDays(day)).TrainFully();
            chat.Press(ProgressButtons.Pain(day < 4 ? 4 : 1));
            chat.Press(SafetyButtons.Hurt(null));
        }

        var plan = chat.Press(ProgressButtons.Barrier(WeekBarrier.NoResults)).AllText();

        Assert.Contains("6–8 weeks", plan);
        Assert.Contains("you've completed 4 sessions", plan);
        Assert.Contains("knee pain trend: falling", plan);
    }

    [Fact]
    public void Stats_never_lead_with_a_streak_of_zero()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();

        var stats = chat.Later(TimeSpan.FromDays(1)).Send("/stats").AllText();

        Assert.Contains("Sessions completed: 1", stats);
        Assert.DoesNotContain("0 weeks", stats);
    }

    [Fact]
    public void A_met_week_names_its_sessions_and_the_pain_trend()
    {
        var text = CoachTexts.For(Languages.English).WeeklySummary(new DateOnly(2026, 3, 2), 3, 3, 2, HipKnee.Core.Progress.PainTrend.Falling);

        Assert.Equal("Your week (2 Mar to 8 Mar): 3 sessions done, the week's goal of 3 met 🎉\n2 weeks met in a row.\nKnee pain: falling, the training is working.", text);
    }
}
