using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Progress;

/// <summary>Everything /stats and the weekly summary say about a user's progress.</summary>
public sealed record ProgressReport(
    int Completed,
    int CurrentStreak,
    int BestStreak,
    double? AdherenceLastFourWeeks,
    double? AdherenceAllTime,
    IReadOnlyDictionary<ExerciseId, int> SkippedSets,
    PainTrend PainTrend,
    int? LatestPain,
    IReadOnlyList<TrainingWeek> Weeks)
{
    public const int RecentWeeks = 4;

    public TrainingWeek CurrentWeek => Weeks[^1];

    public static ProgressReport Of(History history, DateTimeOffset now, string timeZoneId, DayOfWeek firstDay, TrainingDays days)
    {
        var weeks = TrainingWeeks.Build(history, now, timeZoneId, firstDay, days);
        var latest = history.Pain.Where(p => p.At <= now).OrderBy(p => p.At).LastOrDefault();
        return new ProgressReport(
            history.Sessions.Count(s => s.IsCompleted && s.StartedAt <= now),
            TrainingWeeks.CurrentStreak(weeks),
            TrainingWeeks.BestStreak(weeks),
            TrainingWeeks.Adherence(weeks.TakeLast(RecentWeeks)),
            TrainingWeeks.Adherence(weeks),
            history.SkippedSets,
            PainTrends.Of(history.Pain, now),
            latest?.Score,
            weeks);
    }
}
