using HipKnee.Core.Schedule;

namespace HipKnee.Core.Texts;

/// <summary>What the coach says about schedules and reminders.</summary>
public interface IScheduleTexts
{
    string SetupDaysPrompt { get; }
    string SetupTimePrompt(TrainingDays days);
    string SetupZonePrompt { get; }
    string ScheduleSaved(TrainingDays days, TimeOnly time, string zone, DateTimeOffset? nextLocal);
    string DaysNeedThree { get; }
    string DaysBackToBack(TrainingDays days);
    string KeptBackToBack { get; }
    string KeepAnywayLabel { get; }
    string BadDays { get; }
    string BadTime { get; }
    string BadZone { get; }
    string ScheduleShow(TrainingDays days, TimeOnly time, string zone, DateTimeOffset? nextLocal, bool paused);
    string NoScheduleYet { get; }
    string ChangeScheduleLabel { get; }
    string TimeZoneSet(string zone, DateTimeOffset? nextLocal);
    string TimeZoneShow(string zone);
    string Paused { get; }
    string AlreadyPaused { get; }
    string Resumed(DateTimeOffset nextLocal);
    string NotPaused(DateTimeOffset? nextLocal);
    string NoRemindersToPause { get; }
    string Reminder { get; }
    string FollowUp { get; }
    string StartNowLabel { get; }
    string SnoozeLabel { get; }
    string NotTodayLabel { get; }
    string Snoozed { get; }
    string SnoozeUsed { get; }
    string DaySkipped(DateTimeOffset? nextLocal);
    string ReminderPassed { get; }
    string DaysLabel(TrainingDays days);
    string NextReminderLine(DateTimeOffset nextLocal);
    string Clock(TimeOnly time);

    /// <summary>A time zone as its button shows it: readable in the user's language.</summary>
    string ZoneLabel(string zoneId);
}
