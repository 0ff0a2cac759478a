using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/schedule, /timezone, /pause, /resume and the schedule buttons; works with or without a session running.</summary>
internal static class ScheduleCoach
{
    /// <summary>The answer when the input is about the schedule; null otherwise.</summary>
    public static Decision? TryDecide(UserState state, Input input, DateTimeOffset now, ICoachTexts texts) => input switch
    {
        CommandInput { Name: "schedule", Args: "" } => Show(state, now, texts),
        CommandInput { Name: "schedule" } command => SetFromCommand(state, command.Args, now, texts),
        CommandInput { Name: "timezone", Args: "" } => Decision.Say(state, new TextReply(texts.TimeZoneShow(state.TimeZoneId), ScheduleKeyboards.Zones(state.LanguageCode, texts))),
        CommandInput { Name: "timezone" } command => ScheduleParser.Zone(command.Args) is { } zone
            ? ScheduleSetup.ChooseZone(state, zone, now, texts)
            : Decision.Say(state, new TextReply(texts.BadZone)),
        CommandInput { Name: "pause" } => Pause(state, texts),
        CommandInput { Name: "resume" } => Resume(state, now, texts),
        ButtonInput button => Press(state, button.Data, now, texts)?.Prepend(new CallbackAnswer(null)),
        TextInput text when state.Session is null => ScheduleSetup.Answer(state, text.Text, now, texts),
        _ => null,
    };

    private static Decision? Press(UserState state, string data, DateTimeOffset now, ICoachTexts texts)
    {
        if (data == ScheduleButtons.Change)
        {
            return ScheduleSetup.AskDays(state, texts);
        }

        if (ScheduleButtons.TryDays(data, out var days, out var insist))
        {
            return ScheduleSetup.ChooseDays(state, days, insist, texts);
        }

        if (ScheduleButtons.TryTime(data) is { } time)
        {
            return ScheduleSetup.ChooseTime(state, time, texts);
        }

        return ScheduleButtons.TryZone(data) is { } zone ? ScheduleSetup.ChooseZone(state, zone, now, texts) : null;
    }

    private static Decision Show(UserState state, DateTimeOffset now, ICoachTexts texts) => state.HasSchedule
        ? Decision.Say(state, new TextReply(
            texts.ScheduleShow(state.TrainingDays, state.ReminderTime, state.TimeZoneId, ReminderPlanner.NextLocal(state, now), state.RemindersPaused),
            [.. ScheduleKeyboards.Change(texts), AppButton.Row(texts)]))
        : ScheduleSetup.AskDays(state, texts, texts.NoScheduleYet);

    /// <summary><c>/schedule mon wed fri 07:30</c>: typed days count as insisting, so back-to-back days are kept with a note.</summary>
    private static Decision SetFromCommand(UserState state, string args, DateTimeOffset now, ICoachTexts texts)
    {
        var words = ScheduleParser.Words(args).ToList();
        var timeWords = words.Where(word => word.Any(char.IsAsciiDigit)).ToList();
        var dayWords = words.Except(timeWords).ToList();
        if (timeWords.Count > 1 || (timeWords.Count == 1 && ScheduleParser.Time(timeWords[0]) is null))
        {
            return Decision.Say(state, new TextReply(texts.BadTime));
        }

        var onlyTime = dayWords.Count == 0 && timeWords.Count == 1;
        if ((onlyTime ? state.TrainingDays : ScheduleParser.Days(dayWords)) is not { } days)
        {
            return Decision.Say(state, new TextReply(texts.BadDays));
        }

        if (days.Count() != 3)
        {
            return Decision.Say(state, new TextReply(texts.DaysNeedThree));
        }

        var time = timeWords.Count == 1 ? ScheduleParser.Time(timeWords[0])!.Value : state.ReminderTime;
        var note = days.HasBackToBack() ? texts.KeptBackToBack : null;
        if (!state.HasSchedule && !state.ZoneChosen)
        {
            // A first schedule from a user who never picked a zone asks for it, or reminders would come at UTC wall time.
            var asked = ScheduleSetup.ChooseTime(state with { TrainingDays = days }, time, texts);
            return note is null ? asked : asked.Prepend(new TextReply(note));
        }

        var next = state with { TrainingDays = days, ReminderTime = time, HasSchedule = true, Setup = SetupStep.None };
        var saved = texts.ScheduleSaved(days, time, next.TimeZoneId, ReminderPlanner.NextLocal(next, now));
        return Decision.Say(next, new TextReply(note is null ? saved : saved + "\n" + note));
    }

    private static Decision Pause(UserState state, ICoachTexts texts) => state switch
    {
        { HasSchedule: false } => Decision.Say(state, new TextReply(texts.NoRemindersToPause)),
        { RemindersPaused: true } => Decision.Say(state, new TextReply(texts.AlreadyPaused)),
        _ => Decision.Say(state with { RemindersPaused = true }, new TextReply(texts.Paused)),
    };

    private static Decision Resume(UserState state, DateTimeOffset now, ICoachTexts texts)
    {
        if (!state.HasSchedule)
        {
            return Decision.Say(state, new TextReply(texts.NoRemindersToPause));
        }

        var resumed = state with { RemindersPaused = false };
        var nextLocal = ReminderPlanner.NextLocal(resumed, now)!.Value;
        return state.RemindersPaused
            ? Decision.Say(resumed, new TextReply(texts.Resumed(nextLocal)))
            : Decision.Say(state, new TextReply(texts.NotPaused(nextLocal)));
    }
}
