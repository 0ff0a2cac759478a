using System.Globalization;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    private static readonly DayOfWeek[] WeekFromMonday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string SetupDaysPrompt =>
        "Let's plan your week. Which three days will you train? Leave a rest day between sessions: that's when muscles get stronger.\n" +
        "Tap one, or type three days like: mon wed fri";

    public string SetupTimePrompt(TrainingDays days) =>
        $"Training on {DaysLabel(days)}. What time should I remind you (your local time)? Tap one, or type it like 07:30.";

    public string SetupZonePrompt => "Last step: your time zone, so reminders come at your local time. Tap one, or type its name like Europe/Berlin.";

    public string ScheduleSaved(TrainingDays days, TimeOnly time, string zone, DateTimeOffset? nextLocal) =>
        $"All set ✅ {DaysLabel(days)} at {Clock(time)} ({zone}).\n" +
        (nextLocal is { } next ? NextReminderLine(next) : "Reminders are paused; /resume turns them back on.") +
        "\nChange it any time with /schedule; /pause stops reminders.";

    public string DaysNeedThree => "Please pick exactly three days, like: mon wed fri";

    public string DaysBackToBack(TrainingDays days) =>
        $"{DaysLabel(days)} has back-to-back days. Muscles need a rest day in between to get stronger, so I'd pick days with a gap, like Mon, Wed, Fri. Keep these anyway?";

    public string KeptBackToBack => "Back-to-back days, as you asked: go a little easier on the second day.";
    public string KeepAnywayLabel => "Keep them anyway";
    public string BadDays => "I couldn't read those days. Type three of mon, tue, wed, thu, fri, sat, sun, like: mon wed fri";
    public string BadTime => "That isn't a time I can use. Type it in 24-hour form as HH:MM, like 07:30 or 18:45.";
    public string BadZone => "I don't know that time zone. Type an IANA name like Europe/Berlin, America/New_York or Asia/Shanghai, or tap a button.";

    public string ScheduleShow(TrainingDays days, TimeOnly time, string zone, DateTimeOffset? nextLocal, bool paused) =>
        $"Your schedule: {DaysLabel(days)} at {Clock(time)} ({zone})." +
        (paused ? "\nReminders are paused; /resume turns them back on." : nextLocal is { } next ? "\n" + NextReminderLine(next) : "") +
        "\nTo change it, tap below or type e.g. /schedule mon wed fri 07:30";

    public string NoScheduleYet => "You have no training schedule yet.";
    public string ChangeScheduleLabel => "Change schedule";

    public string TimeZoneSet(string zone, DateTimeOffset? nextLocal) =>
        $"Time zone set to {zone}." + (nextLocal is { } next ? "\n" + NextReminderLine(next) : "");

    public string TimeZoneShow(string zone) => $"Your time zone is {zone}. To change it, tap one or type e.g. /timezone Europe/Berlin";
    public string Paused => "Reminders paused. Type /resume whenever you want them back.";
    public string AlreadyPaused => "Reminders are already paused. Type /resume to turn them back on.";
    public string Resumed(DateTimeOffset nextLocal) => $"Reminders are back on. {NextReminderLine(nextLocal)}";

    public string NotPaused(DateTimeOffset? nextLocal) =>
        "Reminders are already on." + (nextLocal is { } next ? " " + NextReminderLine(next) : "");

    public string NoRemindersToPause => "You have no reminders set up yet. /schedule sets them up.";
    public string Reminder => "It's training day! 🏃 Your hip routine takes about 15 minutes.";
    public string FollowUp => "Still time for today's hip session? Even a few sets help your knees.";
    public string StartNowLabel => "Start now";
    public string SnoozeLabel => "In 1 hour";
    public string NotTodayLabel => "Not today";
    public string Snoozed => "OK, I'll remind you in an hour.";
    public string SnoozeUsed => "No more reminders today. Type /train whenever you're ready.";

    public string DaySkipped(DateTimeOffset? nextLocal) =>
        "No problem, rest up." + (nextLocal is { } next ? " " + NextReminderLine(next) : "");

    public string ReminderPassed => "That reminder has passed.";

    public string DaysLabel(TrainingDays days) =>
        string.Join(", ", WeekFromMonday.Where(day => days.Includes(day)).Select(day => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day)));

    public string NextReminderLine(DateTimeOffset nextLocal) =>
        string.Create(CultureInfo.InvariantCulture, $"Next reminder: {nextLocal:ddd d MMM}, {nextLocal:HH:mm}.");

    public string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public string ZoneLabel(string zoneId) => zoneId.Replace('_', ' ');
}
