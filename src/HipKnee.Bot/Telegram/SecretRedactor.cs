namespace HipKnee.Bot.Telegram;

/// <summary>Removes the bot token from any text about to be logged (URLs of Bot API calls contain it).</summary>
public sealed class SecretRedactor(string? token)
{
    public const string Mask = "<redacted>";

    public string Redact(string text) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, Mask, StringComparison.Ordinal);
}
