namespace HipKnee.Bot.Persistence;

/// <summary>One training session, open or closed.</summary>
public sealed class SessionRecord
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>A <see cref="HipKnee.Core.Conversation.SessionOutcome"/>; null while the session runs.</summary>
    public int? Outcome { get; set; }

    public int SetsDone { get; set; }
    public int SetsSkipped { get; set; }
    public List<SetResultRecord> Sets { get; set; } = [];
}
