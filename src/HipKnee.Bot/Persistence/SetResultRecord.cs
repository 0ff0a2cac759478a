using HipKnee.Core.Routine;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// One set of a session, answered done or skipped. Its exercise and side are not stored: the routine's order is fixed
/// (<see cref="HipRoutine.Sets"/>), so they follow from <see cref="Step"/>.
/// </summary>
public sealed class SetResultRecord
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public SessionRecord? Session { get; set; }
    public int Step { get; set; }

    /// <summary>A <see cref="HipKnee.Core.Conversation.SetOutcome"/>.</summary>
    public int Outcome { get; set; }

    /// <summary>
    /// When the set was answered, in milliseconds after its session's <see cref="SessionRecord.StartedAt"/>. SQLite stores an
    /// integer in as few bytes as its value needs: three for a set in a session under two hours, six for a whole instant.
    /// </summary>
    public long MillisecondsIntoSession { get; set; }

    /// <summary>The exercise and side of this set.</summary>
    public SessionSet Planned => HipRoutine.Sets[Step];

    /// <summary>When the set was answered; <paramref name="session"/> is the session it belongs to.</summary>
    public DateTimeOffset AtIn(SessionRecord session) => session.StartedAt.AddMilliseconds(MillisecondsIntoSession);

    /// <summary>Whole Unix milliseconds of each instant, subtracted: the millisecond SQLite keeps instants to.</summary>
    public static long MillisecondsBetween(DateTimeOffset sessionStart, DateTimeOffset at) =>
        at.ToUnixTimeMilliseconds() - sessionStart.ToUnixTimeMilliseconds();
}
