using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Reads one update on its own, so an update Telegram.Bot cannot read (a value from a newer Bot API) is logged and
/// skipped instead of failing the batch, the webhook call or the inbox pass.
/// </summary>
public static class UpdateReader
{
    public static Update? TryRead(JsonElement element, long updateId, ILogger logger)
    {
        try
        {
            return element.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            // The exception's message may quote a piece of the user's text, so it stays at Debug.
            logger.LogWarning("Update {UpdateId} could not be read and is skipped ({Error} at {JsonPath})", updateId, ex.GetType().Name, (ex as JsonException)?.Path);
            logger.LogDebug("Update {UpdateId} could not be read: {Detail}", updateId, ex.Message);
            return null;
        }
    }
}
