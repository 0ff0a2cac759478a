using HipKnee.Core.Conversation;

namespace HipKnee.Core.Progress;

/// <summary>A session as the store remembers it; <paramref name="Outcome"/> is null while it runs.</summary>
public sealed record PastSession(int Number, DateTimeOffset StartedAt, SessionOutcome? Outcome)
{
    public bool IsCompleted => Outcome == SessionOutcome.Completed;

    /// <summary>Exercises with at least one set skipped in this session (<see cref="Routine.ExerciseMask"/>).</summary>
    public int SkippedExercises { get; init; }
}
