using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Progress;

/// <summary>
/// When to offer the next level, one exercise at a time: two weeks in a row with all planned sessions done (three a
/// week) since the levels last changed, at least two after-session pain answers in the last two weeks and none above 3,
/// and no offer in the last seven days. An exercise skipped in half or more of those sessions is not offered.
/// </summary>
/// <remarks>
/// Progress only while pain stays low (≤ 3/10 is the acceptable zone of the pain-monitoring model, Silbernagel 2007);
/// two answers rather than one so a single good day is not read as a trend; one exercise at a time in small steps (JOSPT 2019 CPG).
/// </remarks>
public static class MoveUpRule
{
    public const int WeeksNeeded = 2;
    public const int MaxPain = 3;
    public const int PainAnswersNeeded = 2;
    public static readonly TimeSpan OfferAtMostEvery = TimeSpan.FromDays(7);

    /// <summary>Whether the training and pain of the last two weeks allow a step up at all (or, at the top, maintenance).</summary>
    public static bool Ready(UserState state, History history, DateTimeOffset now, DayOfWeek firstDay)
    {
        if (state.LevelOfferedAt is { } offered && now - offered < OfferAtMostEvery)
        {
            return false;
        }

        var answers = PainTrends.Recent(history.Pain, now).ToList();
        if (answers.Count < PainAnswersNeeded || answers.Max(p => p.Score) > MaxPain)
        {
            return false;
        }

        var weeks = TrainingWeeks.Build(AtThisLevel(state, history), now, state.TimeZoneId, firstDay, state.TrainingDays);
        return TrainingWeeks.CurrentStreak(weeks) >= WeeksNeeded;
    }

    /// <summary>The first exercise below its top level that was not skipped in half or more of its recent sessions; null when none.</summary>
    public static ExerciseId? NextToMoveUp(UserState state, History history)
    {
        var recent = AtThisLevel(state, history).Sessions.Where(s => s.Outcome is not null).ToList();
        return HipRoutine.Exercises
            .Where(e => state.Levels.Of(e.Id) < e.TopLevel)
            .Select(e => (ExerciseId?)e.Id)
            .FirstOrDefault(id => recent.Count(s => ExerciseMask.Contains(s.SkippedExercises, id!.Value)) * 2 < Math.Max(1, recent.Count));
    }

    /// <summary>Every exercise at its top level: time for the maintenance phase.</summary>
    public static bool AtTop(UserState state) => !state.Levels.CanMoveUp;

    private static History AtThisLevel(UserState state, History history)
    {
        var since = state.LevelsChangedAt ?? DateTimeOffset.MinValue;
        return history with { Sessions = history.Sessions.Where(s => s.StartedAt >= since).ToList() };
    }
}
