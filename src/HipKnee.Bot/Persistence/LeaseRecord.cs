namespace HipKnee.Bot.Persistence;

/// <summary>A named role only one instance may play at a time (e.g. the Telegram poller), held until it expires.</summary>
public sealed class LeaseRecord
{
    public string Name { get; set; } = "";

    /// <summary>The instance holding the lease (<c>Polling:InstanceId</c>).</summary>
    public string HolderId { get; set; } = "";

    /// <summary>Until when the holder may act; after that any instance may take the lease over.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
