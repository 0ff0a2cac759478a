using HipKnee.Core.Progress;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/pain, /level, /stats, /summary and their buttons; works with or without a session running.</summary>
internal static class ProgressCoach
{
    /// <summary>/pain, /level, /stats or /summary.</summary>
    public static Decision Command(UserState state, CommandInput command, DateTimeOffset now, ICoachTexts texts, History history) => command switch
    {
        { Name: "pain", Args: "" } => PainCoach.Ask(state, texts),
        { Name: "pain" } => PainCoach.Score(command.Args) is { } score
            ? PainCoach.Record(state, score, now, texts, history)
            : Decision.Say(state, new TextReply(texts.PainUsage, PainCoach.Keyboard())),
        { Name: "level" } => LevelCoach.Command(state, command.Args, now, texts),
        { Name: "stats" } => StatsCoach.Show(state, now, texts, history),
        _ => SummaryCoach.TurnOn(state, texts),
    };

    /// <summary>The earliest instant of the past <see cref="Command"/> and <see cref="Press"/> read for this input (MinValue: all of it); null for none.</summary>
    public static DateTimeOffset? HistoryNeeded(UserState state, Input input, DateTimeOffset now) => input switch
    {
        CommandInput { Name: "pain", Args: not "" } => now - PainCoach.HistoryNeeded,
        TextInput when state.PainCheckPending => now - PainCoach.HistoryNeeded,
        CommandInput { Name: "stats" } => DateTimeOffset.MinValue,
        PainButton => now - PainCoach.HistoryNeeded,
        // "No results" reads the whole report, like /stats.
        BarrierButton { Barrier: WeekBarrier.NoResults } => DateTimeOffset.MinValue,
        _ => null,
    };

    /// <summary>A pain, level, offer, barrier, reminder-time, summary-off or pause button; pain and offers come here only while asked.</summary>
    public static Decision Press(UserState state, ButtonInput button, DateTimeOffset now, ICoachTexts texts, History history) => Answered(button switch
    {
        PainButton pain => PainCoach.Record(state, pain.Score, now, texts, history),
        LevelButton level => LevelCoach.Choose(state, level.Exercise, level.Level, now, texts),
        LevelOfferButton { Accepted: LevelOffer.None } => LevelCoach.DeclineOffer(state, texts),
        LevelOfferButton offer => LevelCoach.AcceptOffer(state, offer.Accepted, now, texts),
        BarrierButton barrier => BarrierPlans.For(state, barrier.Barrier, now, texts, history),
        ReminderTimeButton reminder => BarrierPlans.MoveReminder(state, reminder.Time, now, texts),
        SummaryOffButton => SummaryCoach.TurnOff(state, texts),
        _ => BarrierPlans.Pause(state, texts),
    });

    /// <summary>Every button press gets exactly one answer, so its spinner stops.</summary>
    private static Decision Answered(Decision decision) =>
        decision.Replies.OfType<CallbackAnswer>().Any() ? decision : decision.Prepend(new CallbackAnswer(null));
}
