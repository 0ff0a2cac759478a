using System.Globalization;
using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts : IAppTexts
{
    public string AppTitle => "HipKnee";
    public string AppThisWeek => "This week";
    public string AppLastWeeks => "Last 12 weeks";
    public string AppPainTrend => "Knee pain after sessions";
    public string AppLevels => "Your levels";
    public string AppNextReminder => "Next reminder";
    public string AppNoReminder => "No reminder planned";
    public string AppSettings => "Settings";
    public string AppTrainingDays => "Training days (pick three)";
    public string AppReminderTime => "Reminder time";
    public string AppTimeZone => "Time zone";
    public string AppSearchZone => "Search, e.g. Berlin";
    public string AppPauseReminders => "Pause reminders";
    public string AppPictures => "Exercise pictures";
    public string AppWeeklySummary => "Sunday summary";
    public string AppLanguage => "Language";
    public string AppSave => "Save";
    public string AppSaved => "Saved ✓";
    public string AppNoPainYet => "No pain answers yet: the bot asks after each session.";
    public string AppPainAxis => "Pain 0–10";
    public string AppOpenFromTelegram => "Open this page from the HipKnee chat in Telegram.";
    public string AppUnknownUser => "Send /start to the bot first, then open the app again.";
    public string AppConflict => "Your settings just changed elsewhere. Please try again.";
    public string AppTooManyRequests => "Too many requests. Please wait a few seconds.";
    public string AppBadRequest => "That request could not be read.";
    public string AppZoneFirst => "Choose your time zone first, so reminders come at your local time.";
    public string OpenAppLabel => "📊 Open the app";

    public string AppDayStatus(DayStatus status) => status switch
    {
        DayStatus.Completed => "Completed",
        DayStatus.Partial => "Partial",
        DayStatus.Missed => "Missed",
        DayStatus.Rest => "Rest day",
        DayStatus.Upcoming => "Upcoming",
        _ => "Not yet started",
    };

    public string AppWeekday(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day);

    public string AppWeekProgress(int done, int goal) => $"{done} of {goal} sessions this week";

    public string AppLevel(int level, int levels) => $"Level {level} of {levels}";

    public string AppPainTrendLine(PainTrend trend) => trend switch
    {
        PainTrend.Rising => "Rising over the last two weeks",
        PainTrend.Falling => "Falling over the last two weeks",
        PainTrend.Steady => "Steady over the last two weeks",
        _ => "Not enough answers for a trend yet",
    };

    public string AppMoveUpRule(int weeks, int maxPain) =>
        $"To move up: {weeks} weeks in a row with 3 sessions, and knee pain {maxPain}/10 or less after them.";

    public string AppAtTopLevel => "Top level reached: keep it up to maintain your strength.";

    public string AppReminderAt(DateTimeOffset nextLocal) =>
        string.Create(CultureInfo.InvariantCulture, $"{nextLocal:ddd d MMM}, {nextLocal:HH:mm}");

    public string AppScheduleChanged(TrainingDays days, TimeOnly time) => $"Schedule changed in the app: {DaysLabel(days)} at {Clock(time)}";

    public string AppZoneChanged(string zone) => $"Time zone changed in the app: {zone}";

    public string AppRemindersChanged(bool paused) => paused ? "Reminders paused in the app." : "Reminders turned back on in the app.";

    public string AppPicturesChanged(bool on) => on ? "Exercise pictures turned on in the app." : "Exercise pictures turned off in the app.";

    public string AppSummaryChanged(bool on) => on ? "Sunday summary turned on in the app." : "Sunday summary turned off in the app.";

    public string AppLanguageChanged => "Language changed in the app: English";
}
