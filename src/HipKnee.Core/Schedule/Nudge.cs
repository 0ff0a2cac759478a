namespace HipKnee.Core.Schedule;

/// <summary>The next message the reminder scan owes a user: when, which kind, and for which local training day.</summary>
public sealed record Nudge(DateTimeOffset At, NudgeKind Kind, DateOnly Day);
