namespace HipKnee.Bot.Persistence;

/// <summary>A reply saved in the same transaction as the state change that caused it, sent after commit.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public OutboxKind Kind { get; set; }
    public string? Text { get; set; }

    /// <summary>Inline keyboard as JSON rows of {label, data}; null when there are no buttons.</summary>
    public string? ButtonsJson { get; set; }

    public string? CallbackQueryId { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? Error { get; set; }

    /// <summary>Why it was written: a reply, a reminder nudge, or a copy of an admin broadcast.</summary>
    public OutboxTopic Topic { get; set; }

    /// <summary>The broadcast this is a copy of, for its progress report.</summary>
    public long? BroadcastId { get; set; }
}
