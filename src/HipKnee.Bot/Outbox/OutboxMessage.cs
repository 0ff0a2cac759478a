namespace HipKnee.Bot.Outbox;

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

    /// <summary>Names a message so a later <see cref="OutboxKind.Edit"/> row can change it.</summary>
    public string? Tag { get; set; }

    /// <summary>Telegram's id of the message once sent; for an edit, the id of the message it changes.</summary>
    public int? TelegramMessageId { get; set; }

    /// <summary>The bytes of a photo or document.</summary>
    public byte[]? Payload { get; set; }

    public string? FileName { get; set; }

    /// <summary>Deleted once sent or given up: the last words to a user who erased their data leave no trace.</summary>
    public bool ForgetWhenDone { get; set; }
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
