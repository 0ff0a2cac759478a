using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using HipKnee.Bot.Inbox;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// POST /telegram/update: checks the secret, reads the body itself (at most 1 MB), stores the update in the inbox and
/// answers 200 at once; handling happens afterwards, so Telegram's retries never cause double handling.
/// </summary>
public static class WebhookEndpoint
{
    public const string Path = "/telegram/update";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const int MaxBodyBytes = 1024 * 1024;

    public static void MapTelegramWebhook(this WebApplication app) => app.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext context, WebhookInbox inbox, IOptions<TelegramOptions> options, ILoggerFactory loggers)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret))
        {
            return Results.Unauthorized();
        }

        var body = await ReadLimitedAsync(context.Request.Body, context.RequestAborted);
        using var document = body is null ? null : TryParse(body);
        if (document is null || UpdateId(document.RootElement) is not { } updateId)
        {
            return Results.BadRequest();
        }

        // Refusing an unreadable update would only make Telegram send it again; it is acknowledged and skipped.
        if (UpdateReader.TryRead(document.RootElement, updateId, loggers.CreateLogger(typeof(WebhookEndpoint))) is not { } update)
        {
            return Results.Ok();
        }

        try
        {
            await inbox.StoreAsync(update, Encoding.UTF8.GetString(body!), context.RequestAborted);
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Not stored (the inbox logged why): only then is the answer an error, so Telegram delivers it again.
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        return Results.Ok();
    }

    private static bool SecretMatches(string given, string? expected) =>
        expected is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The update id of a JSON object whose <c>update_id</c> is an integer; null for anything else.</summary>
    private static long? UpdateId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("update_id", out var id)
        && id.ValueKind == JsonValueKind.Number
        && id.TryGetInt64(out var value)
            ? value
            : null;
}
