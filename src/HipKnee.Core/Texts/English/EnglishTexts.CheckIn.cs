using System.Globalization;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    /// <summary>Leads with what was done; a streak only when there is one, never "0 weeks".</summary>
    public string WeeklySummary(DateOnly weekStart, int done, int goal, int streak, PainTrend trend) =>
        string.Create(CultureInfo.InvariantCulture, $"Your week ({weekStart:d MMM} to {weekStart.AddDays(6):d MMM}): ") +
        (done == 0 ? "a week off from the routine." : $"{SessionsDone(done)} done" + (done >= goal ? $", the week's goal of {goal} met 🎉" : $" of the {goal} planned.")) +
        (streak > 1 ? $"\n{Weeks(streak)} met in a row." : "") +
        $"\nKnee pain: {Trend(trend)}" + (trend == PainTrend.Falling ? ", the training is working." : ".");

    private static string SessionsDone(int count) => count == 1 ? "1 session" : $"{count} sessions";

    public string BarrierQuestion => "What got in the way this week?";

    public string BarrierLabel(WeekBarrier barrier) => barrier switch
    {
        WeekBarrier.NoTime => "No time",
        WeekBarrier.KneePain => "Knee pain",
        WeekBarrier.Forgot => "Forgot",
        WeekBarrier.TravelOrIll => "Travelling or ill",
        WeekBarrier.NotSure => "Not sure I'm doing it right",
        WeekBarrier.NoResults => "Not seeing results",
        _ => "Other",
    };

    public string SummaryOffLabel => "Stop weekly summaries";
    public string SummariesOn => "Weekly summaries are on: every Sunday evening.";
    public string SummariesOff => "Weekly summaries are off. Type /summary to turn them back on.";

    public string NoTimePlan =>
        "Plan for a busy week:\n" +
        "• Do the routine straight after a run, while you're warm: about 15 minutes.\n" +
        "• Short on time? Do both sides of two exercises, or all four on both sides with fewer reps: about 8 minutes. " +
        "Never one side only: both legs need the work. A short session doesn't count as a full one, but it keeps the habit.\n" +
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
        "Every session helps, even one. Plan: pick a day this week, put it in your calendar, and if time is short, do both sides of two exercises.";

    public string NotSurePlan =>
        "What matters most in each exercise:\n" +
        "• Lunge and step-down: the knee stays over the middle of the foot, not caving in; go only as deep as is pain-free.\n" +
        "• Side plank: body in one straight line, hips up.\n" +
        "• Bridge: push through the heel, hips level at the top.\n" +
        "Too hard to do well? Every exercise has an easier variant (button below, or /level for one exercise). " +
        "Each set's message shows the cues again.";

    public string NoResultsPlan(int completed, PainTrend trend) =>
        "Strength builds slowly: most runners notice less knee pain after 6–8 weeks of regular sessions, together with sensible running load. " +
        $"So far you've completed {SessionsDone(completed)}; your knee pain trend: {Trend(trend)}. " +
        "Keep going three times a week; if nothing has changed after 8 weeks, see a physiotherapist or doctor.";

    public string PauseLabel => "Pause reminders";

    public string CatchUp(DateOnly missed, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"{missed:dddd}'s session didn't happen. No problem: today ({today:dddd}) is a rest day, so catch up now and your week still counts. ") +
        "The goal is three sessions a week, on any days.";
}
