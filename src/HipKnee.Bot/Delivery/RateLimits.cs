using HipKnee.Bot.Options;

namespace HipKnee.Bot.Delivery;

/// <summary>Telegram's sending limits as the sender applies them.</summary>
public sealed record RateLimits(int PerSecond, int PerChatPerSecond, int ChatBurst, int PerGroupPerMinute)
{
    public static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);

    public static RateLimits From(TelegramOptions options) => new(
        options.MaxMessagesPerSecond,
        options.MaxMessagesPerChatPerSecond,
        options.ChatBurst,
        options.MaxMessagesPerGroupPerMinute);

    public TimeSpan ChatInterval => TimeSpan.FromSeconds(1) / PerChatPerSecond;

    /// <summary>Telegram gives groups, supergroups and channels negative ids; users' private chats are positive.</summary>
    public static bool IsGroupChat(long chatId) => chatId < 0;
}
