using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Reads one update on its own, so an update Telegram.Bot cannot read (a value from a newer Bot API, a date beyond
/// the range of a date) or that lacks what Telegram always sends (<see cref="UpdateShape"/>) is logged once and
/// skipped instead of failing the batch, the webhook call or the inbox pass.
/// </summary>
public static class UpdateReader
{
    public static Update? TryRead(JsonElement element, long updateId, ILogger logger)
    {
        Update? update;
        try
        {
            update = element.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (Exception ex)
        {
            // Untrusted input: the library's converters throw more than JsonException (ArgumentOutOfRangeException for
            // a date past year 9999, OverflowException, ...); whatever it is, it costs this one update.
            // The exception's message may quote a piece of the user's text, so it stays at Debug.
            logger.LogWarning("Update {UpdateId} could not be read and is skipped ({Error} at {JsonPath})", updateId, ex.GetType().Name, (ex as JsonException)?.Path);
            logger.LogDebug("Update {UpdateId} could not be read: {Detail}", updateId, ex.Message);
            return null;
        }

        if (update is not null && UpdateShape.Problem(update) is { } problem)
        {
            logger.LogWarning("Update {UpdateId} has a shape Telegram never sends ({Problem}) and is skipped", updateId, problem);
            return null;
        }

        return update;
    }
}
