using HipKnee.Bot.Options;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>Telegram's sending limits as the sender applies them.</summary>
/// <param name="PaidPerSecond">With paid broadcasts on, the bulk lane's own limit (Telegram lets paid messages past the
/// free limit, up to 1000/s); null when off, and bulk shares <paramref name="PerSecond"/> with replies.</param>
public sealed record RateLimits(int PerSecond, int PerChatPerSecond, int ChatBurst, int PerGroupPerMinute, int? PaidPerSecond = null)
{
    public static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);

    public static RateLimits From(TelegramOptions options) => new(
        options.MaxMessagesPerSecond,
        options.MaxMessagesPerChatPerSecond,
        options.ChatBurst,
        options.MaxMessagesPerGroupPerMinute,
        options.AllowPaidBroadcast ? options.MaxPaidMessagesPerSecond : null);

    public TimeSpan ChatInterval => TimeSpan.FromSeconds(1) / PerChatPerSecond;

    /// <summary>Telegram gives groups, supergroups and channels negative ids; users' private chats are positive.</summary>
    public static bool IsGroupChat(long chatId) => chatId < 0;
}
