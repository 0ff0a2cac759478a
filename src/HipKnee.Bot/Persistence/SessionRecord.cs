namespace HipKnee.Bot.Persistence;

/// <summary>One training session, open or closed. How many sets were done or skipped is counted from <see cref="Sets"/>.</summary>
public sealed class SessionRecord
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>A <see cref="HipKnee.Core.Conversation.SessionOutcome"/>; null while the session runs.</summary>
    public int? Outcome { get; set; }

    public List<SetResultRecord> Sets { get; set; } = [];
}
