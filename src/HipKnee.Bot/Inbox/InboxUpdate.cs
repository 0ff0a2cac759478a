namespace HipKnee.Bot.Inbox;

/// <summary>
/// A webhook update acknowledged to Telegram but not yet handled. Stored before the 200 goes out, handled after,
/// deleted once handled (the processed-update table keeps it from being handled twice).
/// </summary>
public sealed class InboxUpdate
{
    public long UpdateId { get; set; }

    /// <summary>The chat it belongs to, for per-chat ordering; 0 when it has none (e.g. an inline query).</summary>
    public long ChatId { get; set; }

    public string Json { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>
    /// The instance that stored it (<c>Polling:InstanceId</c>): on PostgreSQL that instance handles it while its
    /// liveness lease runs (<see cref="Telegram.InboxSelection"/>). Empty for rows stored before owners were recorded,
    /// which any instance may take.
    /// </summary>
    public string OwnerId { get; set; } = "";
}
