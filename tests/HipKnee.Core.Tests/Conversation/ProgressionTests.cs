using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Move up after two weeks with every planned session done and pain at most 3; never earlier, never twice a week.</summary>
public sealed class ProgressionTests
{
    private static readonly DateTimeOffset FirstMonday = Moments.Utc(2026, 3, 2, 7, 0);

    /// <summary>Trains on Monday, Wednesday and Friday of each week and answers the check-in with <paramref name="pain"/>.</summary>
    private static List<Decision> TrainWeeks(TestChat chat, int weeks, int pain, int skipSessionInWeek = -1, int firstWeek = 0)
    {
        var answers = new List<Decision>();
        for (var week = firstWeek; week < firstWeek + weeks; week++)
        {
            foreach (var day in new[] { 0, 2, 4 })
            {
                if (week == skipSessionInWeek && day == 2)
                {
                    continue;
                }

                chat.At(FirstMonday.AddDays(7 * week + day)).TrainFully();
                answers.Add(chat.Later(TimeSpan.FromMinutes(1)).Press(ProgressButtons.Pain(pain)));
            }
        }

        return answers;
    }

    private static bool Offers(Decision decision) => decision.ButtonData().Contains(ProgressButtons.MoveUp);

    [Fact]
    public void The_offer_comes_with_the_check_in_that_completes_the_second_week_and_not_before()
    {
        var chat = new TestChat(FirstMonday);

        var answers = TrainWeeks(chat, weeks: 2, pain: 2);

        Assert.Equal([false, false, false, false, false, true], answers.Select(Offers));
        Assert.Contains("Ready to move the forward lunge up a level? Next level: 12 reps.", answers[^1].AllText());
    }

    [Fact]
    public void Accepting_moves_only_the_offered_exercise_up_one_step()
    {
        var chat = new TestChat(FirstMonday);
        TrainWeeks(chat, weeks: 2, pain: 1);

        var decision = chat.Press(ProgressButtons.MoveUp);

        Assert.Equal(ExerciseLevels.Start with { ForwardLunge = 2 }, chat.State.Levels);
        Assert.Contains("Forward lunge moved up a level 🎉 Now: 12 reps.", decision.AllText());
        Assert.Contains("Forward lunge, level 3 of 4. 12 reps.", decision.AllText());
        Assert.Contains("Side plank, level 2 of 6. Hold 20 s.", decision.AllText());
    }

    [Fact]
    public void Pain_above_3_in_the_last_two_weeks_means_no_offer()
    {
        var chat = new TestChat(FirstMonday);
        TrainWeeks(chat, weeks: 1, pain: 4);

        var secondWeek = TrainWeeks(chat, weeks: 1, pain: 2, firstWeek: 1);

        Assert.DoesNotContain(secondWeek, Offers);
    }

    [Fact]
    public void A_week_with_a_missed_session_means_no_offer_until_two_full_weeks_follow()
    {
        var chat = new TestChat(FirstMonday);

        var answers = TrainWeeks(chat, weeks: 3, pain: 2, skipSessionInWeek: 0);

        Assert.Equal([false, false, false, false, false, false, false, true], answers.Select(Offers));
    }

    [Fact]
    public void Declining_waits_a_week_before_the_next_offer()
    {
        var chat = new TestChat(FirstMonday);
        TrainWeeks(chat, weeks: 2, pain: 2);
        chat.Press(ProgressButtons.KeepLevel);

        var thirdWeek = TrainWeeks(chat, weeks: 1, pain: 1, firstWeek: 2);

        Assert.Equal([false, false, true], thirdWeek.Select(Offers));
    }

    [Fact]
    public void At_the_top_level_no_move_up_is_offered_but_the_maintenance_phase()
    {
        var top = ExerciseLevels.All(99);
        var chat = new TestChat(FirstMonday, new UserState(42) { Levels = top });

        var answers = TrainWeeks(chat, weeks: 2, pain: 0);

        Assert.DoesNotContain(answers, Offers);
        Assert.Contains("two sessions a week are enough", answers[^1].AllText());
    }
}
