using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>The window of the past the coach declares beside its decision, which is all the host loads.</summary>
public sealed class HistoryNeededTests
{
    private static readonly DateTimeOffset Now = Moments.MondayMorning;

    [Fact]
    public void Stats_the_weekly_summary_and_a_no_results_barrier_read_the_whole_history()
    {
        var state = new UserState(42);

        Assert.Equal(DateTimeOffset.MinValue, Coach.HistoryNeeded(state, InputParser.Parse("/stats"), Now));
        Assert.Equal(DateTimeOffset.MinValue, Coach.HistoryNeeded(state, new SummaryDueInput(), Now));
        Assert.Equal(DateTimeOffset.MinValue, Coach.HistoryNeeded(state, CallbackData.Parse(ProgressButtons.Barrier(WeekBarrier.NoResults)), Now));
    }

    [Fact]
    public void A_pain_answer_reads_five_weeks_and_a_reminder_eight_days()
    {
        var asked = new UserState(42) { PainCheckPending = true };

        Assert.Equal(Now.AddDays(-35), Coach.HistoryNeeded(asked, CallbackData.Parse(ProgressButtons.Pain(2)), Now));
        Assert.Equal(Now.AddDays(-35), Coach.HistoryNeeded(asked, InputParser.Parse("3"), Now));
        Assert.Equal(Now.AddDays(-35), Coach.HistoryNeeded(asked, InputParser.Parse("/pain 4"), Now));
        Assert.Equal(Now.AddDays(-8), Coach.HistoryNeeded(asked, new ReminderDueInput(), Now));
    }

    [Fact]
    public void Training_answers_and_questions_read_no_history()
    {
        var state = new UserState(42);

        Assert.Null(Coach.HistoryNeeded(state, InputParser.Parse("/train"), Now));
        Assert.Null(Coach.HistoryNeeded(state, InputParser.Parse("done"), Now));
        Assert.Null(Coach.HistoryNeeded(state, InputParser.Parse("/pain"), Now));
        Assert.Null(Coach.HistoryNeeded(state, InputParser.Parse("3"), Now));
        Assert.Null(Coach.HistoryNeeded(state, new MorningCheckDueInput(), Now));
        Assert.Null(Coach.HistoryNeeded(state, new TimerDueInput(), Now));
    }

    [Fact]
    public void Six_weeks_of_training_give_the_same_answers_from_the_declared_window_as_from_the_whole_past()
    {
        var chat = Scheduled();
        for (var week = 0; week < 6; week++)
        {
            foreach (var day in new[] { 0, 2, 4 })
            {
                chat.At(Moments.MondayMorning.AddDays(7 * week + day).AddHours(1)).TrainFully();
                chat.Later(TimeSpan.FromMinutes(1)).Press(ProgressButtons.Pain(week < 3 ? 5 : 1));
            }
        }

        chat.At(Moments.MondayMorning.AddDays(42).AddHours(1)).TrainFully();
        foreach (var input in new Input[] { CallbackData.Parse(ProgressButtons.Pain(1)), InputParser.Parse("/stats"), new ReminderDueInput() })
        {
            var whole = Coach.Decide(chat.State, input, chat.Now, chat.History);
            var window = Coach.Decide(chat.State, input, chat.Now, Histories.Since(chat.History, Coach.HistoryNeeded(chat.State, input, chat.Now)));

            Assert.Equal(whole.AllText(), window.AllText());
            Assert.Equal(whole.ButtonData(), window.ButtonData());
            Assert.Equal(whole.Next.Levels, window.Next.Levels);
        }
    }

    private static TestChat Scheduled() => TestChat.Scheduled(Moments.MondayMorning.AddHours(-1), "UTC", "mon wed fri 07:30");
}
