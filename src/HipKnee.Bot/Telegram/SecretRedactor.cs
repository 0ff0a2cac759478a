using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Telegram;

/// <summary>Removes the bot token from any text about to be logged (URLs of Bot API calls contain it).</summary>
public sealed class SecretRedactor(string? token)
{
    public const string Mask = "<redacted>";

    public string Redact(string text) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, Mask, StringComparison.Ordinal);

    /// <summary>
    /// "Type: message" of an exception and its inner exceptions, token removed: the one way an exception goes into a
    /// log line, a health reason or a stored error. Never log the exception object itself: the HTTP layer may put the
    /// request URL, and so the token, into a message or stack frame.
    /// </summary>
    public string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // EF Core's own message only says "see the inner exception"; the driver's says what went wrong.
            parts.Add(current is DbUpdateException { InnerException: not null } ? current.GetType().Name : $"{current.GetType().Name}: {current.Message}");
        }

        return Redact(string.Join(" ---> ", parts).ReplaceLineEndings(" "));
    }
}
