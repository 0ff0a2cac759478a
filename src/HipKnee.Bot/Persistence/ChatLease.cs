namespace HipKnee.Bot.Persistence;

/// <summary>
/// Which instance is handling a chat's inbox right now; keeps one chat's updates in order across instances.
/// Expires, so a crashed instance's chats are picked up by another.
/// </summary>
public sealed class ChatLease
{
    public long ChatId { get; set; }
    public string Holder { get; set; } = "";
    public DateTimeOffset Until { get; set; }
}
