using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace HipKnee.Bot.Options;

/// <summary>The <c>Telegram</c> configuration section. Its messages never contain the token or the webhook secret.</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    public string? BotToken { get; set; }

    /// <summary>Telegram takes 1-256 of these characters; a secret shorter than 16 could be guessed.</summary>
    private const string SecretRule = "16-256 characters of A-Z, a-z, 0-9, _ and - (Telegram allows 1-256; at least 16 so it cannot be guessed)";

    [Required]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    public string? WebhookUrl { get; set; }

    public string? WebhookSecret { get; set; }

    [Range(1, 10_000)]
    public int MaxMessagesPerSecond { get; set; } = 30;

    [Range(1, 100)]
    public int MaxMessagesPerChatPerSecond { get; set; } = 1;

    /// <summary>
    /// Opt-in: reminders, summaries and broadcasts carry Telegram's <c>allow_paid_broadcast</c> (0.1 Star each) and go
    /// at up to <see cref="MaxPaidMessagesPerSecond"/>, past the free limit, which replies then have to themselves.
    /// </summary>
    public bool AllowPaidBroadcast { get; set; }

    /// <summary>The bulk lane's limit with paid broadcasts on; Telegram allows at most 1000.</summary>
    [Range(1, 1000)]
    public int MaxPaidMessagesPerSecond { get; set; } = 1000;

    /// <summary>How many messages one chat may get back to back before the per-chat rate applies.</summary>
    [Range(1, 100)]
    public int ChatBurst { get; set; } = 3;

    /// <summary>Telegram's cap for group chats (the bot only ever sends them one pointer, but the cap holds anyway).</summary>
    [Range(1, 1000)]
    public int MaxMessagesPerGroupPerMinute { get; set; } = 20;

    /// <summary>Attempts (the first one included) for a message that meets 5xx answers or network failures.</summary>
    [Range(1, 50)]
    public int SendAttempts { get; set; } = 8;

    /// <summary>Back-off before the second attempt; it doubles (with jitter) for each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan SendRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this long of failed attempts a message is parked as failed, whatever the attempt count.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendGiveUpAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Long-poll timeout for getUpdates, in seconds.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How many chats' updates are handled at once, by polling and by the webhook inbox alike (each chat's own
    /// updates always one at a time, in order). Each one holds a database connection while it is handled.
    /// </summary>
    [Range(1, 1000)]
    public int ChatsInParallel { get; set; } = 8;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var problem = BotTokenCheck.Problem(BotToken)
            ?? (IsHttpUrl(ApiBaseUrl) ? null : $"{Section}:ApiBaseUrl must be an absolute http or https URL, e.g. {DefaultApiBaseUrl} (got '{ApiBaseUrl}').")
            ?? (string.IsNullOrEmpty(WebhookSecret) || SecretShape().IsMatch(WebhookSecret) ? null : $"{Section}:WebhookSecret must be {SecretRule} (the value is not shown).")
            ?? (Mode != TelegramMode.Webhook ? null
                : string.IsNullOrEmpty(WebhookSecret) ? $"{Section}:WebhookSecret is required in webhook mode: {SecretRule}."
                : Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? null
                : $"{Section}:WebhookUrl is required in webhook mode: the public https URL Telegram posts updates to, e.g. https://bot.example.com/telegram/update.");
        return problem is null ? [] : [new ValidationResult(problem)];
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[A-Za-z0-9_-]{16,256}$")]
    private static partial Regex SecretShape();
}
