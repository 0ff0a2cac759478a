namespace HipKnee.Bot.Persistence;

/// <summary>An admin's message to every active user, queued through the rate-limited sender in batches.</summary>
public sealed class BroadcastRecord
{
    public long Id { get; set; }
    public long AdminChatId { get; set; }
    public string Text { get; set; } = "";
    public BroadcastStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Copies queued so far.</summary>
    public int Queued { get; set; }

    /// <summary>The last chat id queued; batches go on from the next one, so a restart never queues a copy twice.</summary>
    public long Cursor { get; set; }

    /// <summary>Guards against two instances queuing the same batch.</summary>
    public long Version { get; set; }
}
