using System.Text;

namespace HipKnee.Bot.Telegram;

/// <summary>Removes the bot token from any text about to be logged (URLs of Bot API calls contain it).</summary>
public sealed class SecretRedactor(string? token)
{
    public const string Mask = "<redacted>";

    public string Redact(string text) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, Mask, StringComparison.Ordinal);

    /// <summary>
    /// "Type: message" of an exception and its inner exceptions, token removed. Never log the exception object
    /// itself: the HTTP layer may put the request URL, and so the token, into a message or stack frame.
    /// </summary>
    public string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            text.Append(text.Length == 0 ? "" : " ---> ").Append(current.GetType().Name).Append(": ").Append(current.Message);
        }

        return Redact(text.ToString());
    }
}
