using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Progress;

/// <summary>
/// When to offer the next level, one exercise at a time: two weeks in a row with all planned sessions done (three a
/// week) since that exercise's level last changed, at least two after-session pain answers in the last two weeks and
/// none above 3, and no offer in the last seven days. An exercise skipped in half or more of those sessions is not offered.
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

    /// <summary>Whether the pain of the last two weeks and the last offer allow a step up at all (or, at the top, maintenance).</summary>
    public static bool Ready(UserState state, History history, DateTimeOffset now)
    {
        if (state.LevelOfferedAt is { } offered && now - offered < OfferAtMostEvery)
        {
            return false;
        }

        var answers = PainTrends.Recent(history.Pain, now).ToList();
        return answers.Count >= PainAnswersNeeded && answers.Max(p => p.Score) <= MaxPain;
    }

    /// <summary>
    /// The first exercise below its top level with two full weeks since its own last change and not skipped in half or
    /// more of those sessions; null when none.
    /// </summary>
    public static ExerciseId? NextToMoveUp(UserState state, History history, DateTimeOffset now, DayOfWeek firstDay) => HipRoutine.Exercises
        .Where(e => state.Levels.Of(e.Id) < e.TopLevel)
        .Select(e => (ExerciseId?)e.Id)
        .FirstOrDefault(id => Earned(state, Since(state, history, state.LevelChanges.Of(id!.Value)), now, firstDay, id));

    /// <summary>Every exercise at its top level and two full weeks there: time for the maintenance phase.</summary>
    public static bool AtTop(UserState state, History history, DateTimeOffset now, DayOfWeek firstDay) =>
        !state.Levels.CanMoveUp
        && Earned(state, Since(state, history, HipRoutine.Exercises.Max(e => state.LevelChanges.Of(e.Id))), now, firstDay, null);

    private static bool Earned(UserState state, History since, DateTimeOffset now, DayOfWeek firstDay, ExerciseId? exercise)
    {
        var weeks = TrainingWeeks.Build(since, now, state.TimeZoneId, firstDay, state.TrainingDays);
        var ended = since.Sessions.Where(s => s.Outcome is not null).ToList();
        var skipped = exercise is { } id ? ended.Count(s => ExerciseMask.Contains(s.SkippedExercises, id)) : 0;
        return TrainingWeeks.CurrentStreak(weeks) >= WeeksNeeded && skipped * 2 < Math.Max(1, ended.Count);
    }

    /// <summary>
    /// The sessions since an exercise's own change; a user from before per-exercise times (none recorded at all)
    /// counts from the one shared change instant.
    /// </summary>
    private static History Since(UserState state, History history, DateTimeOffset? exerciseChangedAt)
    {
        var legacy = state.LevelChanges == LevelChangeTimes.None ? state.LevelsChangedAt : null;
        var since = exerciseChangedAt ?? legacy ?? DateTimeOffset.MinValue;
        return history with { Sessions = history.Sessions.Where(s => s.StartedAt >= since).ToList() };
    }
}
