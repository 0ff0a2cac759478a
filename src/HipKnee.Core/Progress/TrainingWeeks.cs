using HipKnee.Core.Schedule;

namespace HipKnee.Core.Progress;

/// <summary>
/// The week maths behind streaks and adherence. The goal is three sessions a week on any days, not three fixed
/// days: a week is met when three sessions were completed in it, and a streak counts weeks met in a row.
/// </summary>
public static class TrainingWeeks
{
    public const int Goal = 3;

    public static DateOnly StartOf(DateOnly date, DayOfWeek firstDay) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)firstDay + 7) % 7));

    /// <summary>Every week from the one the user joined in to the current one, oldest first.</summary>
    public static IReadOnlyList<TrainingWeek> Build(History history, DateTimeOffset now, string timeZoneId, DayOfWeek firstDay, TrainingDays days)
    {
        var today = TrainingCalendar.LocalDate(now, timeZoneId);
        var joined = TrainingCalendar.LocalDate(history.Joined, timeZoneId);
        var first = joined > today ? today : joined;
        var completed = history.Sessions
            .Where(s => s.IsCompleted && s.StartedAt <= now)
            .Select(s => TrainingCalendar.LocalDate(s.StartedAt, timeZoneId))
            .ToList();
        if (completed.Count > 0 && completed.Min() < first)
        {
            first = completed.Min();
        }

        var training = days == TrainingDays.None ? TrainingDays.Default : days;
        var weeks = new List<TrainingWeek>();
        for (var start = StartOf(first, firstDay); start <= today; start = start.AddDays(7))
        {
            var end = start.AddDays(7);
            var done = completed.Count(d => d >= start && d < end);
            var due = Enumerable.Range(0, 7).Select(start.AddDays).Count(d => d >= first && d < today && training.Includes(d.DayOfWeek));
            var pain = history.Pain
                .Where(p => p.At <= now && TrainingCalendar.LocalDate(p.At, timeZoneId) is var d && d >= start && d < end)
                .Select(p => (double)p.Score)
                .ToList();
            weeks.Add(new TrainingWeek(start, done, Math.Min(Goal, Math.Max(done, due)), pain.Count > 0 ? pain.Average() : null));
        }

        return weeks;
    }

    /// <summary>Weeks met in a row up to now; the current week only adds to it once met, and never breaks it while still open.</summary>
    public static int CurrentStreak(IReadOnlyList<TrainingWeek> weeks)
    {
        var index = weeks.Count - 1;
        if (index >= 0 && !weeks[index].IsMet)
        {
            index--;
        }

        var streak = 0;
        for (; index >= 0 && weeks[index].IsMet; index--)
        {
            streak++;
        }

        return streak;
    }

    public static int BestStreak(IReadOnlyList<TrainingWeek> weeks)
    {
        var (best, run) = (0, 0);
        foreach (var week in weeks)
        {
            run = week.IsMet ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        return best;
    }

    /// <summary>Credited ÷ planned sessions over the weeks given; null when nothing was planned yet.</summary>
    public static double? Adherence(IEnumerable<TrainingWeek> weeks)
    {
        var (credited, planned) = weeks.Aggregate((0, 0), (sum, week) => (sum.Item1 + week.Credited, sum.Item2 + week.Planned));
        return planned == 0 ? null : (double)credited / planned;
    }
}
