using HipKnee.Core.Progress;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/pain, /level, /stats, /summary and their buttons; works with or without a session running.</summary>
internal static class ProgressCoach
{
    /// <summary>The answer when the input is about progress; null otherwise.</summary>
    public static Decision? TryDecide(UserState state, Input input, DateTimeOffset now, ICoachTexts texts, History history) => input switch
    {
        CommandInput { Name: "pain", Args: "" } => PainCoach.Ask(state, texts),
        CommandInput { Name: "pain" } command => PainCoach.Score(command.Args) is { } score
            ? PainCoach.Record(state, score, now, texts, history)
            : Decision.Say(state, new TextReply(texts.PainUsage, PainCoach.Keyboard())),
        TextInput text when state.PainCheckPending && PainCoach.Score(text.Text) is { } score => PainCoach.Record(state, score, now, texts, history),
        CommandInput { Name: "level" } command => LevelCoach.Command(state, command.Args, now, texts),
        CommandInput { Name: "stats" } => StatsCoach.Show(state, now, texts, history),
        CommandInput { Name: "summary" } => SummaryCoach.TurnOn(state, texts),
        ButtonInput button => Press(state, button.Data, now, texts, history) is { } pressed ? Answered(pressed) : null,
        _ => null,
    };

    /// <summary>The earliest instant of the past <see cref="TryDecide"/> reads for this input (MinValue: all of it); null for none.</summary>
    public static DateTimeOffset? HistoryNeeded(UserState state, Input input, DateTimeOffset now) => input switch
    {
        CommandInput { Name: "pain", Args: not "" } => now - PainCoach.HistoryNeeded,
        TextInput when state.PainCheckPending => now - PainCoach.HistoryNeeded,
        CommandInput { Name: "stats" } => DateTimeOffset.MinValue,
        ButtonInput button when ProgressButtons.TryPain(button.Data) is not null => now - PainCoach.HistoryNeeded,
        // "No results" reads the whole report, like /stats.
        ButtonInput button when ProgressButtons.TryBarrier(button.Data) == WeekBarrier.NoResults => DateTimeOffset.MinValue,
        _ => null,
    };

    private static Decision? Press(UserState state, string data, DateTimeOffset now, ICoachTexts texts, History history)
    {
        if (ProgressButtons.TryPain(data) is { } score)
        {
            return state.PainCheckPending
                ? PainCoach.Record(state, score, now, texts, history)
                : Decision.Say(state, new CallbackAnswer(texts.PainAlreadyNoted));
        }

        if (ProgressButtons.TryLevel(data) is var (exercise, level))
        {
            return LevelCoach.Choose(state, exercise, level, now, texts);
        }

        if (ProgressButtons.TryBarrier(data) is { } barrier)
        {
            return BarrierPlans.For(state, barrier, now, texts, history);
        }

        if (ProgressButtons.TryReminderTime(data) is { } time)
        {
            return BarrierPlans.MoveReminder(state, time, now, texts);
        }

        return data switch
        {
            ProgressButtons.MoveUp => LevelCoach.AcceptOffer(state, LevelOffer.MoveUp, now, texts),
            ProgressButtons.StepBack => LevelCoach.AcceptOffer(state, LevelOffer.StepBack, now, texts),
            ProgressButtons.KeepLevel => LevelCoach.DeclineOffer(state, texts),
            ProgressButtons.SummaryOff => SummaryCoach.TurnOff(state, texts),
            ProgressButtons.Pause => BarrierPlans.Pause(state, texts),
            _ => null,
        };
    }

    /// <summary>Every button press gets exactly one answer, so its spinner stops.</summary>
    private static Decision Answered(Decision decision) =>
        decision.Replies.OfType<CallbackAnswer>().Any() ? decision : decision.Prepend(new CallbackAnswer(null));
}
