using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Texts;

/// <summary>What the coach says in the weekly check-in, the barrier plans and the catch-up offer.</summary>
public interface ICheckInTexts
{
    string WeeklySummary(DateOnly weekStart, int done, int goal, int streak, PainTrend trend);
    string BarrierQuestion { get; }
    string BarrierLabel(WeekBarrier barrier);
    string SummaryOffLabel { get; }
    string SummariesOn { get; }
    string SummariesOff { get; }
    string NoTimePlan { get; }
    string KneePainPlan { get; }
    string ForgotPlan { get; }
    string TravelOrIllPlan { get; }
    string OtherBarrierPlan { get; }

    /// <summary>The key cue of each exercise and how to make it easier, for "Not sure I'm doing it right".</summary>
    string NotSurePlan { get; }

    /// <summary>A realistic timeline and the user's own numbers, for "Not seeing results".</summary>
    string NoResultsPlan(int completed, PainTrend trend);
    string PauseLabel { get; }
    string CatchUp(DateOnly missed, DateOnly today);
}
