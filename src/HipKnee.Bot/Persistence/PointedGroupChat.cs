namespace HipKnee.Bot.Persistence;

/// <summary>A group, supergroup or channel already told to use a private chat; the bot stays silent there from then on.</summary>
public sealed class PointedGroupChat
{
    public long ChatId { get; set; }
    public DateTimeOffset PointedAt { get; set; }
}
