using HipKnee.Bot.Options;

namespace HipKnee.Bot.Delivery;

/// <summary>Telegram's sending limits as the sender applies them.</summary>
/// <param name="SafetyMargin">
/// Added to every window and interval: the limits hold where Telegram measures them, after the jitter
/// between leaving this process and arriving there, not only at the moment a send is allowed.
/// </param>
public sealed record RateLimits(int PerSecond, int PerChatPerSecond, int ChatBurst, int PerGroupPerMinute, TimeSpan SafetyMargin)
{
    public static readonly TimeSpan DefaultSafetyMargin = TimeSpan.FromMilliseconds(10);

    public static RateLimits From(TelegramOptions options) => new(
        options.MaxMessagesPerSecond,
        options.MaxMessagesPerChatPerSecond,
        options.ChatBurst,
        options.MaxMessagesPerGroupPerMinute,
        DefaultSafetyMargin);

    public TimeSpan GlobalWindow => TimeSpan.FromSeconds(1) + SafetyMargin;

    public TimeSpan ChatInterval => (TimeSpan.FromSeconds(1) / PerChatPerSecond) + SafetyMargin;

    public TimeSpan GroupWindow => TimeSpan.FromMinutes(1) + SafetyMargin;

    /// <summary>Telegram gives groups, supergroups and channels negative ids; users' private chats are positive.</summary>
    public static bool IsGroupChat(long chatId) => chatId < 0;
}
