using System.ComponentModel.DataAnnotations;

namespace HipKnee.Bot.Options;

/// <summary>The <c>Telegram</c> configuration section.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    public string? BotToken { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    public string? WebhookUrl { get; set; }

    public string? WebhookSecret { get; set; }

    [Range(1, 10_000)]
    public int MaxMessagesPerSecond { get; set; } = 30;

    [Range(1, 100)]
    public int MaxMessagesPerChatPerSecond { get; set; } = 1;

    /// <summary>Long-poll timeout for getUpdates, in seconds.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 30;
}
