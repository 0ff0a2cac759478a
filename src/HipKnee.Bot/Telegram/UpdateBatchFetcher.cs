using System.Net.Http.Json;
using System.Text.Json;
using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Calls getUpdates and reads each update on its own, so one update Telegram.Bot cannot read
/// (a value from a newer Bot API) is logged and skipped instead of failing the whole batch.
/// </summary>
public sealed class UpdateBatchFetcher(IHttpClientFactory httpClients, IOptions<TelegramOptions> options, ILogger<UpdateBatchFetcher> logger)
{
    public const string HttpClientName = "telegram-polling";
    public static readonly string[] AllowedUpdates = ["message", "edited_message", "channel_post", "callback_query", "my_chat_member"];

    /// <summary>The readable updates of the next batch and the offset that confirms the whole batch.</summary>
    public async Task<(IReadOnlyList<ReceivedUpdate> Updates, long NextOffset)> FetchAsync(long offset, CancellationToken ct)
    {
        var settings = options.Value;
        var client = httpClients.CreateClient(HttpClientName);
        var url = $"{settings.ApiBaseUrl.TrimEnd('/')}/bot{settings.BotToken}/getUpdates";
        var request = new { offset, timeout = settings.PollingTimeoutSeconds, allowed_updates = AllowedUpdates };
        using var response = await client.PostAsJsonAsync(url, request, ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        var root = document.RootElement;
        if (!root.TryGetProperty("ok", out var ok) || !ok.GetBoolean() || !root.TryGetProperty("result", out var result))
        {
            var description = root.TryGetProperty("description", out var d) ? d.GetString() : null;
            throw new HttpRequestException($"getUpdates answered {(int)response.StatusCode}: {description}");
        }

        var updates = new List<ReceivedUpdate>();
        var next = offset;
        foreach (var element in result.EnumerateArray())
        {
            if (!element.TryGetProperty("update_id", out var idElement) || !idElement.TryGetInt64(out var id))
            {
                continue;
            }

            next = Math.Max(next, id + 1);
            if (UpdateReader.TryRead(element, id, logger) is { } update)
            {
                updates.Add(new ReceivedUpdate(update, element.GetRawText()));
            }
        }

        return (updates, next);
    }
}
