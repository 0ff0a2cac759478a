namespace HipKnee.Core.Conversation;

/// <summary>A fact about a session that the store must record.</summary>
public abstract record SessionEvent(int SessionNumber, DateTimeOffset At);

public sealed record SessionStarted(int SessionNumber, DateTimeOffset At) : SessionEvent(SessionNumber, At);

public sealed record SetRecorded(int SessionNumber, int Step, SetOutcome Outcome, DateTimeOffset At)
    : SessionEvent(SessionNumber, At);

public sealed record SessionEnded(int SessionNumber, SessionOutcome Outcome, int Done, int Skipped, DateTimeOffset At)
    : SessionEvent(SessionNumber, At);

/// <summary>The user declined a training day with "Not today".</summary>
public sealed record TrainingDaySkipped(DateOnly Day, DateTimeOffset At) : SessionEvent(0, At);
