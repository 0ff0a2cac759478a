using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// The Mini App's settings, by the same rules as the chat commands (/schedule, /timezone, /pause, /resume,
/// /pictures, /summary, /language): the same parsers and setup steps, and the reminder and summary plans updated
/// as after any decision.
/// </summary>
public static class AppSettings
{
    /// <summary>Three days and a time, as <c>/schedule mon wed fri 07:30</c>; back-to-back days are kept, as typed days are in the chat.</summary>
    public static AppSettingOutcome Schedule(UserState state, IReadOnlyList<string> dayWords, string time, string? zone, DateTimeOffset now)
    {
        var texts = CoachTexts.For(state.Language);
        if (ScheduleParser.Days(dayWords.SelectMany(ScheduleParser.Words)) is not { } days || dayWords.Count == 0)
        {
            return AppSettingOutcome.Refused(state, texts.BadDays);
        }

        if (days.Count() != 3)
        {
            return AppSettingOutcome.Refused(state, texts.DaysNeedThree);
        }

        if (ScheduleParser.Time(time) is not { } at)
        {
            return AppSettingOutcome.Refused(state, texts.BadTime);
        }

        var zoned = state;
        if (zone is not null)
        {
            if (ScheduleParser.Zone(zone) is not { } id)
            {
                return AppSettingOutcome.Refused(state, texts.BadZone);
            }

            zoned = state with { TimeZoneId = id, ZoneChosen = true };
        }
        else if (!state.HasSchedule && !state.ZoneChosen)
        {
            // As in the chat's setup: without a chosen zone, reminders would come at UTC wall time.
            return AppSettingOutcome.Refused(state, texts.AppZoneFirst);
        }

        var next = zoned with { TrainingDays = days, ReminderTime = at, HasSchedule = true, Setup = SetupStep.None };
        return Settle(state, next, now, texts.AppScheduleChanged(days, at));
    }

    public static AppSettingOutcome TimeZone(UserState state, string zone, DateTimeOffset now)
    {
        var texts = CoachTexts.For(state.Language);
        if (ScheduleParser.Zone(zone) is not { } id)
        {
            return AppSettingOutcome.Refused(state, texts.BadZone);
        }

        var next = ScheduleSetup.ChooseZone(state, id, now, texts).Next;
        return Settle(state, next, now, texts.AppZoneChanged(id));
    }

    /// <summary>Pause or resume reminders; like /pause and /resume, only once there is a schedule.</summary>
    public static AppSettingOutcome Paused(UserState state, bool paused, DateTimeOffset now)
    {
        var texts = CoachTexts.For(state.Language);
        return state.HasSchedule
            ? Settle(state, state with { RemindersPaused = paused }, now, texts.AppRemindersChanged(paused))
            : AppSettingOutcome.Refused(state, texts.NoRemindersToPause);
    }

    public static AppSettingOutcome Pictures(UserState state, bool on, DateTimeOffset now) =>
        Settle(state, state with { PicturesOff = !on }, now, CoachTexts.For(state.Language).AppPicturesChanged(on));

    public static AppSettingOutcome Summary(UserState state, bool on, DateTimeOffset now) =>
        Settle(state, state with { SummariesOff = !on }, now, CoachTexts.For(state.Language).AppSummaryChanged(on));

    /// <summary>The line about a new language is said in that language.</summary>
    public static AppSettingOutcome Language(UserState state, string language, DateTimeOffset now) =>
        Languages.Supported.Contains(language)
            ? Settle(state, state with { Language = language }, now, CoachTexts.For(language).AppLanguageChanged)
            : AppSettingOutcome.Refused(state, CoachTexts.For(state.Language).AppBadRequest);

    private static AppSettingOutcome Settle(UserState before, UserState next, DateTimeOffset now, string line)
    {
        if (next == before)
        {
            return new AppSettingOutcome(before, null, null);
        }

        var settled = DayBook.Update(before, Decision.Say(next), now).Next;
        return new AppSettingOutcome(settled, line, null);
    }
}
