using HipKnee.Core.Routine;

namespace HipKnee.Core.Conversation;

/// <summary>Payloads of the progress buttons (encoded by <see cref="CallbackData"/>): pain, levels, offers, barriers, summaries.</summary>
public static class ProgressButtons
{
    public static readonly string MoveUp = CallbackData.Of(new LevelOfferButton(LevelOffer.MoveUp));
    public static readonly string StepBack = CallbackData.Of(new LevelOfferButton(LevelOffer.StepBack));
    public static readonly string KeepLevel = CallbackData.Of(new LevelOfferButton(LevelOffer.None));
    public static readonly string SummaryOff = CallbackData.Of(new SummaryOffButton());
    public static readonly string Pause = CallbackData.Of(new PauseButton());

    public static string Pain(int score) => CallbackData.Of(new PainButton(score));

    public static string Level(ExerciseId? exercise, int level) => CallbackData.Of(new LevelButton(exercise, level));

    public static string Barrier(WeekBarrier barrier) => CallbackData.Of(new BarrierButton(barrier));

    public static string ReminderTime(TimeOnly time) => CallbackData.Of(new ReminderTimeButton(time));
}
