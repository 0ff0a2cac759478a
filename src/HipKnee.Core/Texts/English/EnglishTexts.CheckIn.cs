using System.Globalization;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    public string WeeklySummary(DateOnly weekStart, int done, int goal, int streak, PainTrend trend) =>
        string.Create(CultureInfo.InvariantCulture, $"Your week ({weekStart:d MMM} to {weekStart.AddDays(6):d MMM}): {done} of {goal} sessions.") +
        (done >= goal ? " Week met! 🎉" : "") +
        $"\nStreak: {Weeks(streak)} met in a row.\nKnee pain: {Trend(trend)}.";

    public string BarrierQuestion => "What got in the way this week?";

    public string BarrierLabel(WeekBarrier barrier) => barrier switch
    {
        WeekBarrier.NoTime => "No time",
        WeekBarrier.KneePain => "Knee pain",
        WeekBarrier.Forgot => "Forgot",
        WeekBarrier.TravelOrIll => "Travelling or ill",
        _ => "Other",
    };

    public string SummaryOffLabel => "Stop weekly summaries";
    public string SummariesOn => "Weekly summaries are on: every Sunday evening.";
    public string SummariesOff => "Weekly summaries are off. Type /summary to turn them back on.";

    public string NoTimePlan =>
        "Plan for a busy week:\n" +
        "• Do the routine straight after a run, while you're warm: about 15 minutes.\n" +
        "• Short on time? Do the first side of each exercise and skip the second: about 8 minutes, and it still counts as a session.\n" +
        "• Any three days count; they don't have to be your reminder days.";

    public string KneePainPlan =>
        "Plan for knee pain:\n" +
        "• Stop any exercise that causes sharp pain in the knee.\n" +
        "• Use the beginner variants for a week (button below) and tell me how it feels with /pain.\n" +
        "• If the pain stays or gets worse, see a physiotherapist or doctor.";

    public string ForgotPlan => "Plan for forgetting: pick a reminder time when you're usually at home and free. Tap a later time:";

    public string TravelOrIllPlan =>
        "Rest and get well: that comes first. Pause the reminders now, /resume when you're back, and restart with one easy session.";

    public string OtherBarrierPlan =>
        "Every session counts, even one. Plan: pick a day this week, put it in your calendar, and if time is short, do only the first side of each exercise.";

    public string PauseLabel => "Pause reminders";

    public string CatchUp(DateOnly missed, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"{missed:dddd}'s session didn't happen. No problem: today ({today:dddd}) is a rest day, so catch up now and your week still counts. ") +
        "The goal is three sessions a week, on any days.";
}
