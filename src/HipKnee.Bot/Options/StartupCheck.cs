using System.Text.RegularExpressions;

namespace HipKnee.Bot.Options;

/// <summary>
/// Checks the settings a bot cannot start without, before anything starts. Messages name the key and never
/// contain the token or the webhook secret.
/// </summary>
public static partial class StartupCheck
{
    public static string? Problem(IConfiguration configuration)
    {
        if (BotTokenCheck.Problem(configuration[BotTokenCheck.Key]) is { } token)
        {
            return token;
        }

        var section = configuration.GetSection(TelegramOptions.Section);
        var secret = section[nameof(TelegramOptions.WebhookSecret)];
        var mode = section[nameof(TelegramOptions.Mode)];
        if (!string.IsNullOrEmpty(mode) && !Enum.TryParse<TelegramMode>(mode, ignoreCase: true, out _))
        {
            return $"Telegram:Mode must be Polling or Webhook (got '{mode}').";
        }

        if (!string.IsNullOrEmpty(secret) && !SecretShape().IsMatch(secret))
        {
            return "Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule); the value is not shown.";
        }

        if (!string.Equals(mode, nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.IsNullOrEmpty(secret))
        {
            return "Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.";
        }

        var url = section[nameof(TelegramOptions.WebhookUrl)];
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? null
            : "Telegram:WebhookUrl is required in webhook mode: the public https URL Telegram posts updates to, e.g. https://bot.example.com/telegram/update.";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
