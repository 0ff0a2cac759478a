using System.Text.RegularExpressions;

namespace HipKnee.Bot.Options;

/// <summary>
/// Checks the settings a bot cannot start without, before anything starts. Messages name the key and never
/// contain the token or the webhook secret.
/// </summary>
public static partial class StartupCheck
{
    /// <summary>Telegram takes 1-256 of these characters; a secret shorter than 16 could be guessed.</summary>
    private const string SecretRule = "16-256 characters of A-Z, a-z, 0-9, _ and - (Telegram allows 1-256; at least 16 so it cannot be guessed)";

    public static string? Problem(IConfiguration configuration)
    {
        if (BotTokenCheck.Problem(configuration[BotTokenCheck.Key]) is { } token)
        {
            return token;
        }

        var section = configuration.GetSection(TelegramOptions.Section);
        if (section[nameof(TelegramOptions.ApiBaseUrl)] is { Length: > 0 } apiBaseUrl && !IsHttpUrl(apiBaseUrl))
        {
            return $"Telegram:ApiBaseUrl must be an absolute http or https URL, e.g. {TelegramOptions.DefaultApiBaseUrl} (got '{apiBaseUrl}').";
        }

        var secret = section[nameof(TelegramOptions.WebhookSecret)];
        var mode = section[nameof(TelegramOptions.Mode)];
        if (!string.IsNullOrEmpty(mode) && !Enum.GetNames<TelegramMode>().Contains(mode, StringComparer.OrdinalIgnoreCase))
        {
            return $"Telegram:Mode must be Polling or Webhook (got '{mode}').";
        }

        if (!string.IsNullOrEmpty(secret) && !SecretShape().IsMatch(secret))
        {
            return $"Telegram:WebhookSecret must be {SecretRule} (the value is not shown).";
        }

        if (!string.Equals(mode, nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.IsNullOrEmpty(secret))
        {
            return $"Telegram:WebhookSecret is required in webhook mode: {SecretRule}.";
        }

        var url = section[nameof(TelegramOptions.WebhookUrl)];
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? null
            : "Telegram:WebhookUrl is required in webhook mode: the public https URL Telegram posts updates to, e.g. https://bot.example.com/telegram/update.";
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[A-Za-z0-9_-]{16,256}$")]
    private static partial Regex SecretShape();
}
