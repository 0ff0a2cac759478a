using HipKnee.Core.Routine;

namespace HipKnee.Core.Conversation;

/// <summary>
/// A countdown for one timed set. A single hold (side plank): the bot posts one message and edits it a few times —
/// at 30, 20, 10 or 5 seconds left, never more than three of those — then once more when time is up. Several holds
/// (the bridge, 5 × 5 s): the same message counts every hold and every rest between, then says done.
/// </summary>
public sealed record HoldTimer(int Session, int Step, DateTimeOffset StartedAt, int Seconds, DateTimeOffset NextTickAt)
{
    private static readonly int[] Checkpoints = [30, 20, 10, 5];
    private const int MaxCheckpoints = 3;

    /// <summary>A timer that is this late past its end (the bot was down) is called off with a note instead.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromSeconds(30);

    /// <summary>How many holds the timer counts; <see cref="Seconds"/> is the length of each.</summary>
    public int Reps { get; init; } = 1;

    public int RestSeconds => Reps > 1 ? Dose.RestBetweenHoldsSeconds : 0;

    public int TotalSeconds => (Reps * Seconds) + ((Reps - 1) * RestSeconds);

    public DateTimeOffset EndsAt => StartedAt + TimeSpan.FromSeconds(TotalSeconds);

    /// <summary>The message the countdown edits, one per set of a session.</summary>
    public string Tag => $"timer:{Session}:{Step}";

    public static HoldTimer Start(int session, int step, int seconds, DateTimeOffset now, int reps = 1)
    {
        var timer = new HoldTimer(session, step, now, seconds, now) { Reps = Math.Max(1, reps) };
        return timer with { NextTickAt = timer.TickAfter(now) };
    }

    /// <summary>Every instant the countdown message changes, the last being the end.</summary>
    public IReadOnlyList<DateTimeOffset> Ticks() => Reps == 1
        ? [.. Checkpoints.Where(left => left < Seconds).Take(MaxCheckpoints).Select(left => EndsAt - TimeSpan.FromSeconds(left)).Order(), EndsAt]
        : [.. Enumerable.Range(1, Reps - 1).SelectMany(PhaseEnds), EndsAt];

    /// <summary>The first tick strictly after <paramref name="now"/>, or the end when all have passed.</summary>
    public DateTimeOffset TickAfter(DateTimeOffset now) => Ticks().FirstOrDefault(tick => tick > now, EndsAt);

    public int SecondsLeft(DateTimeOffset now) => Math.Max(0, (int)Math.Ceiling((EndsAt - now).TotalSeconds));

    /// <summary>Which hold (1-based) the user is on at <paramref name="now"/>, and whether they are resting before it.</summary>
    public (int Hold, bool Resting) PhaseAt(DateTimeOffset now)
    {
        var elapsed = Math.Max(0, (int)(now - StartedAt).TotalSeconds);
        var cycle = Seconds + RestSeconds;
        var index = Math.Min(Reps - 1, elapsed / cycle);
        var resting = index < Reps - 1 && elapsed % cycle >= Seconds;
        return resting ? (index + 2, true) : (index + 1, false);
    }

    public bool IsFor(ActiveSession? session) => session is not null && session.Number == Session && session.Step == Step;

    private IEnumerable<DateTimeOffset> PhaseEnds(int hold)
    {
        var holdEnds = StartedAt + TimeSpan.FromSeconds((hold * Seconds) + ((hold - 1) * RestSeconds));
        return [holdEnds, holdEnds + TimeSpan.FromSeconds(RestSeconds)];
    }
}
