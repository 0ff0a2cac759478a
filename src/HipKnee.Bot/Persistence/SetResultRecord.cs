namespace HipKnee.Bot.Persistence;

/// <summary>One set of a session, answered done or skipped.</summary>
public sealed class SetResultRecord
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public SessionRecord? Session { get; set; }
    public int Step { get; set; }
    public int ExerciseId { get; set; }
    public int Side { get; set; }

    /// <summary>A <see cref="HipKnee.Core.Conversation.SetOutcome"/>.</summary>
    public int Outcome { get; set; }

    public DateTimeOffset At { get; set; }
}
