namespace HipKnee.Core.Routine;

/// <summary>A set of exercises stored as bits (1 per <see cref="ExerciseId"/>), e.g. those skipped in a session.</summary>
public static class ExerciseMask
{
    public static int Of(ExerciseId id) => 1 << (int)id;

    public static bool Contains(int mask, ExerciseId id) => (mask & Of(id)) != 0;

    public static IReadOnlyList<ExerciseId> Ids(int mask) => HipRoutine.Exercises.Select(e => e.Id).Where(id => Contains(mask, id)).ToList();

    /// <summary>The exercises with at least one skipped set, from a mask of skipped steps (bit per step of the session).</summary>
    public static int FromSkippedSteps(int steps) => HipRoutine.Sets
        .Where(set => (steps & (1 << set.Index)) != 0)
        .Aggregate(0, (mask, set) => mask | Of(set.Exercise.Id));
}
