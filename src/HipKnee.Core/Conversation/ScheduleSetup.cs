using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>The three schedule questions — days, time, zone — answered by button or by typing.</summary>
internal static class ScheduleSetup
{
    public static Decision AskDays(UserState state, ICoachTexts texts, string? lead = null) =>
        Decision.Say(state with { Setup = SetupStep.Days }, new TextReply(Join(lead, texts.SetupDaysPrompt), ScheduleKeyboards.Days(texts)));

    /// <summary>
    /// A typed answer to the open question; null when none is open or the text does not look like an answer
    /// (so "thanks" after an unanswered question is treated as ordinary text).
    /// </summary>
    public static Decision? Answer(UserState state, string text, DateTimeOffset now, ICoachTexts texts) =>
        LooksLikeAnswer(state.Setup, text) ? Read(state, text, now, texts) : null;

    private static bool LooksLikeAnswer(SetupStep step, string text) => step switch
    {
        // Only the days question can be left open by simply starting a session, so only it lets other text through.
        SetupStep.Days => ScheduleParser.Words(text).Any(ScheduleParser.IsDayWord),
        SetupStep.None => false,
        _ => true,
    };

    private static Decision? Read(UserState state, string text, DateTimeOffset now, ICoachTexts texts) => state.Setup switch
    {
        SetupStep.Days => ScheduleParser.Days(ScheduleParser.Words(text)) is { } days
            ? ChooseDays(state, days, insist: false, texts)
            : Decision.Say(state, new TextReply(texts.BadDays, ScheduleKeyboards.Days(texts))),
        SetupStep.Time => ScheduleParser.Time(text) is { } time
            ? ChooseTime(state, time, texts)
            : Decision.Say(state, new TextReply(texts.BadTime, ScheduleKeyboards.Times())),
        SetupStep.Zone => ScheduleParser.Zone(text) is { } zone
            ? ChooseZone(state, zone, now, texts)
            : Decision.Say(state, new TextReply(texts.BadZone, ScheduleKeyboards.Zones(state.LanguageCode, texts))),
        _ => null,
    };

    public static Decision ChooseDays(UserState state, TrainingDays days, bool insist, ICoachTexts texts)
    {
        if (days.Count() != 3)
        {
            return Decision.Say(state, new TextReply(texts.DaysNeedThree, ScheduleKeyboards.Days(texts)));
        }

        if (days.HasBackToBack() && !insist)
        {
            return Decision.Say(state with { Setup = SetupStep.Days }, new TextReply(texts.DaysBackToBack(days), ScheduleKeyboards.KeepAnyway(days, texts)));
        }

        var next = state with { TrainingDays = days, Setup = SetupStep.Time };
        return Decision.Say(next, new TextReply(texts.SetupTimePrompt(days), ScheduleKeyboards.Times()));
    }

    public static Decision ChooseTime(UserState state, TimeOnly time, ICoachTexts texts) =>
        Decision.Say(state with { ReminderTime = time, Setup = SetupStep.Zone },
            new TextReply(texts.SetupZonePrompt, ScheduleKeyboards.Zones(state.LanguageCode, texts)));

    /// <summary>The last answer of the setup saves the schedule; a zone picked from /timezone only changes the zone.</summary>
    public static Decision ChooseZone(UserState state, string zone, DateTimeOffset now, ICoachTexts texts)
    {
        var finishing = state.Setup == SetupStep.Zone;
        var next = state with { TimeZoneId = zone, ZoneChosen = true, Setup = SetupStep.None, HasSchedule = state.HasSchedule || finishing };
        var nextLocal = ReminderPlanner.NextLocal(next, now);
        var text = finishing
            ? texts.ScheduleSaved(next.TrainingDays, next.ReminderTime, zone, nextLocal)
            : texts.TimeZoneSet(zone, nextLocal);
        // The end of the setup is the moment to train: one button, not a command to remember.
        return Decision.Say(next, new TextReply(text, finishing && next.Session is null ? Prompts.StartButton(texts) : []));
    }

    private static string Join(string? lead, string text) => lead is null ? text : lead + "\n\n" + text;
}
