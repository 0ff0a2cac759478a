namespace HipKnee.Bot.Inbox;

/// <summary>An inbox row as <see cref="InboxSelection"/> reads it: the row, and whether its chat waits for another instance.</summary>
public sealed class InboxCandidate
{
    public long UpdateId { get; set; }
    public long ChatId { get; set; }
    public string Json { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public string OwnerId { get; set; } = "";
    public bool WaitsForAnother { get; set; }
}
