using HipKnee.Core.Routine;

namespace HipKnee.Core.Conversation;

/// <summary>A fact about a user's training that the store must record.</summary>
public abstract record SessionEvent(int SessionNumber, DateTimeOffset At);

public sealed record SessionStarted(int SessionNumber, DateTimeOffset At) : SessionEvent(SessionNumber, At);

public sealed record SetRecorded(int SessionNumber, int Step, SetOutcome Outcome, DateTimeOffset At)
    : SessionEvent(SessionNumber, At);

public sealed record SessionEnded(int SessionNumber, SessionOutcome Outcome, int Done, int Skipped, DateTimeOffset At)
    : SessionEvent(SessionNumber, At);

/// <summary>The user declined a training day with "Not today".</summary>
public sealed record TrainingDaySkipped(DateOnly Day, DateTimeOffset At) : SessionEvent(0, At);

/// <summary>A knee-pain answer, 0–10; <paramref name="SessionNumber"/> is the latest session (0 before the first).</summary>
public sealed record PainRecorded(int SessionNumber, int Score, DateTimeOffset At) : SessionEvent(SessionNumber, At)
{
    /// <summary>False for an ad-hoc /pain entry, which is kept out of the session pain trend.</summary>
    public bool AfterSession { get; init; } = true;
}

/// <summary>The user confirmed /deletemydata: everything stored about them must go.</summary>
public sealed record DataErased(DateTimeOffset At) : SessionEvent(0, At);

/// <summary>After a painful session the user named the exercise that hurt most; null for "not sure".</summary>
public sealed record HurtExerciseNamed(int SessionNumber, ExerciseId? Exercise, DateTimeOffset At) : SessionEvent(SessionNumber, At);

/// <summary>The answer to the next-morning check about <paramref name="Day"/>.</summary>
public sealed record MorningCheckAnswered(DateOnly Day, MorningAnswer Answer, DateTimeOffset At) : SessionEvent(0, At);
