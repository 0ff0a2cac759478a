using HipKnee.Core.Routine;

namespace HipKnee.Core.Conversation;

/// <summary>A session in progress; <see cref="Step"/> is the index of the set the user is on.</summary>
public sealed record ActiveSession(int Number, DateTimeOffset StartedAt, DateTimeOffset LastActivityAt, int Step, int Done, int Skipped)
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(12);

    /// <summary>The steps answered "skip", one bit per step, so the coach can tell which exercises were left out.</summary>
    public int SkippedSteps { get; init; }

    /// <summary>Whether enough sets were done for the session to count as completed.</summary>
    public bool EarnsCredit => Done >= HipRoutine.SetsForCredit;

    public static ActiveSession Begin(int number, DateTimeOffset now) => new(number, now, now, 0, 0, 0);

    public bool IsFinished => Step >= HipRoutine.SetCount;

    public SessionSet Current => IsFinished
        ? throw new InvalidOperationException($"Session {Number} is finished and has no current set.")
        : HipRoutine.Sets[Step];

    public bool IsStaleAt(DateTimeOffset now) => now - LastActivityAt > StaleAfter;

    /// <summary>Any message during the session keeps it alive: the 12 hours count from the user's last word.</summary>
    public ActiveSession Touch(DateTimeOffset now) => now > LastActivityAt ? this with { LastActivityAt = now } : this;

    /// <summary>Records the current set and moves to the next; a finished session refuses to advance.</summary>
    public ActiveSession Record(SetOutcome outcome, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"Session {Number} is finished; it cannot record another set.");
        }

        var advanced = this with
        {
            Step = Step + 1,
            Done = Done + (outcome == SetOutcome.Done ? 1 : 0),
            Skipped = Skipped + (outcome == SetOutcome.Skipped ? 1 : 0),
            SkippedSteps = SkippedSteps | (outcome == SetOutcome.Skipped ? 1 << Step : 0),
        };
        return advanced.Touch(now);
    }

    public bool IsValid => Number > 0 && Step >= 0 && Step <= HipRoutine.SetCount && Done >= 0 && Skipped >= 0
        && Done + Skipped == Step && LastActivityAt >= StartedAt;
}
