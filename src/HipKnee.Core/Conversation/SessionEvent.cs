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
public sealed record PainRecorded(int SessionNumber, int Score, DateTimeOffset At) : SessionEvent(SessionNumber, At);

/// <summary>The user confirmed /deletemydata: everything stored about them must go.</summary>
public sealed record DataErased(DateTimeOffset At) : SessionEvent(0, At);
