namespace HipKnee.Core.Conversation;

/// <summary>
/// A countdown for one timed set (side plank, bridge hold). The bot posts one message and edits it a few times —
/// at 30, 20, 10 or 5 seconds left, never more than three of those — then once more when time is up.
/// </summary>
public sealed record HoldTimer(int Session, int Step, DateTimeOffset StartedAt, int Seconds, DateTimeOffset NextTickAt)
{
    private static readonly int[] Checkpoints = [30, 20, 10, 5];
    private const int MaxCheckpoints = 3;

    /// <summary>A timer that is this late past its end (the bot was down) is called off with a note instead.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromSeconds(30);

    public DateTimeOffset EndsAt => StartedAt + TimeSpan.FromSeconds(Seconds);

    /// <summary>The message the countdown edits, one per set of a session.</summary>
    public string Tag => $"timer:{Session}:{Step}";

    public static HoldTimer Start(int session, int step, int seconds, DateTimeOffset now)
    {
        var timer = new HoldTimer(session, step, now, seconds, now);
        return timer with { NextTickAt = timer.TickAfter(now) };
    }

    /// <summary>Every instant the countdown message changes, the last being the end.</summary>
    public IReadOnlyList<DateTimeOffset> Ticks() =>
    [
        .. Checkpoints.Where(left => left < Seconds).Take(MaxCheckpoints).Select(left => EndsAt - TimeSpan.FromSeconds(left)).Order(),
        EndsAt,
    ];

    /// <summary>The first tick strictly after <paramref name="now"/>, or the end when all have passed.</summary>
    public DateTimeOffset TickAfter(DateTimeOffset now) => Ticks().FirstOrDefault(tick => tick > now, EndsAt);

    public int SecondsLeft(DateTimeOffset now) => Math.Max(0, (int)Math.Ceiling((EndsAt - now).TotalSeconds));

    public bool IsFor(ActiveSession? session) => session is not null && session.Number == Session && session.Step == Step;
}
