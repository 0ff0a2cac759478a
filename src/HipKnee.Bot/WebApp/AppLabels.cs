using HipKnee.Core.Progress;
using HipKnee.Core.Texts;

namespace HipKnee.Bot.WebApp;

/// <summary>Every label the page shows, by the keys of the contract (/work/notes/miniapp-contract.md), from the Core's catalogue.</summary>
public static class AppLabels
{
    public static IReadOnlyDictionary<string, string> For(IAppTexts texts) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = texts.AppTitle,
        ["thisWeek"] = texts.AppThisWeek,
        ["lastWeeks"] = texts.AppLastWeeks,
        ["painTrend"] = texts.AppPainTrend,
        ["levels"] = texts.AppLevels,
        ["nextReminder"] = texts.AppNextReminder,
        ["noReminder"] = texts.AppNoReminder,
        ["settings"] = texts.AppSettings,
        ["trainingDays"] = texts.AppTrainingDays,
        ["reminderTime"] = texts.AppReminderTime,
        ["timeZone"] = texts.AppTimeZone,
        ["searchZone"] = texts.AppSearchZone,
        ["pauseReminders"] = texts.AppPauseReminders,
        ["pictures"] = texts.AppPictures,
        ["weeklySummary"] = texts.AppWeeklySummary,
        ["language"] = texts.AppLanguage,
        ["save"] = texts.AppSave,
        ["saved"] = texts.AppSaved,
        ["noPainYet"] = texts.AppNoPainYet,
        ["painAxis"] = texts.AppPainAxis,
        ["openFromTelegram"] = texts.AppOpenFromTelegram,
        ["statusCompleted"] = texts.AppDayStatus(DayStatus.Completed),
        ["statusPartial"] = texts.AppDayStatus(DayStatus.Partial),
        ["statusMissed"] = texts.AppDayStatus(DayStatus.Missed),
        ["statusRest"] = texts.AppDayStatus(DayStatus.Rest),
        ["statusUpcoming"] = texts.AppDayStatus(DayStatus.Upcoming),
        ["statusNone"] = texts.AppDayStatus(DayStatus.None),
    };

    /// <summary>The weekday keys the API reads and writes ("mon" … "sun"), Monday first.</summary>
    public static readonly IReadOnlyList<DayOfWeek> WeekFromMonday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Key(DayOfWeek day) => day.ToString()[..3].ToLowerInvariant();

    public static string Status(DayStatus status) => status.ToString().ToLowerInvariant();
}
