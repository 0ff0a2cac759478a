namespace HipKnee.Bot.Persistence;

/// <summary>A Telegram update already handled; Telegram may deliver one again, and it must not count twice.</summary>
public sealed class ProcessedUpdate
{
    public long UpdateId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
