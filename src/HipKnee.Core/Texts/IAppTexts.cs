using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Texts;

/// <summary>Every word of the Mini App (the page has no texts of its own) and the chat's one-line notes of its changes.</summary>
public interface IAppTexts
{
    string AppTitle { get; }
    string AppThisWeek { get; }
    string AppLastWeeks { get; }
    string AppPainTrend { get; }
    string AppLevels { get; }
    string AppNextReminder { get; }
    string AppNoReminder { get; }
    string AppSettings { get; }
    string AppTrainingDays { get; }
    string AppReminderTime { get; }
    string AppTimeZone { get; }
    string AppSearchZone { get; }
    string AppPauseReminders { get; }
    string AppPictures { get; }
    string AppWeeklySummary { get; }
    string AppLanguage { get; }
    string AppSave { get; }
    string AppSaved { get; }
    string AppNoPainYet { get; }
    string AppPainAxis { get; }
    string AppOpenFromTelegram { get; }
    string AppUnknownUser { get; }
    string AppConflict { get; }
    string AppTooManyRequests { get; }
    string AppBadRequest { get; }
    string AppZoneFirst { get; }
    string OpenAppLabel { get; }
    string AppDayStatus(DayStatus status);
    string AppWeekday(DayOfWeek day);
    string AppWeekProgress(int done, int goal);
    string AppLevel(int level, int levels);
    string AppPainTrendLine(PainTrend trend);
    string AppMoveUpRule(int weeks, int maxPain);
    string AppAtTopLevel { get; }
    string AppReminderAt(DateTimeOffset nextLocal);
    string AppScheduleChanged(TrainingDays days, TimeOnly time);
    string AppZoneChanged(string zone);
    string AppRemindersChanged(bool paused);
    string AppPicturesChanged(bool on);
    string AppSummaryChanged(bool on);
    string AppLanguageChanged { get; }
}
