using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/schedule, /timezone, /pause, /resume and the schedule buttons; works with or without a session running.</summary>
internal static class ScheduleCoach
{
    /// <summary>/schedule, /timezone, /pause or /resume.</summary>
    public static Decision Command(UserState state, CommandInput command, DateTimeOffset now, ICoachTexts texts) => command switch
    {
        { Name: "schedule", Args: "" } => Show(state, now, texts),
        { Name: "schedule" } => SetFromCommand(state, command.Args, now, texts),
        { Name: "timezone", Args: "" } => Decision.Say(state, new TextReply(texts.TimeZoneShow(state.TimeZoneId), ScheduleKeyboards.Zones(state.LanguageCode, texts))),
        { Name: "timezone" } => ScheduleParser.Zone(command.Args) is { } zone
            ? ScheduleSetup.ChooseZone(state, zone, now, texts)
            : Decision.Say(state, new TextReply(texts.BadZone)),
        { Name: "pause" } => Pause(state, texts),
        _ => Resume(state, now, texts),
    };

    /// <summary>A change-schedule, days, time or zone button.</summary>
    public static Decision Press(UserState state, ButtonInput button, DateTimeOffset now, ICoachTexts texts) => (button switch
    {
        DaysButton days => ScheduleSetup.ChooseDays(state, days.Days, days.Insist, texts),
        TimeButton time => ScheduleSetup.ChooseTime(state, time.Time, texts),
        ZoneButton zone => ScheduleSetup.ChooseZone(state, zone.Zone, now, texts),
        _ => ScheduleSetup.AskDays(state, texts),
    }).Prepend(new CallbackAnswer(null));

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
