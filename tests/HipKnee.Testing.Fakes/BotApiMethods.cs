using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HipKnee.Testing.Fakes;

/// <summary>Canned, stateless-ish answers for the Bot API methods the bot uses (everything but getUpdates).</summary>
internal sealed class BotApiMethods
{
    private static readonly string[] TrueMethods =
    [
        "answerCallbackQuery", "setMyCommands", "deleteMyCommands", "deleteWebhook", "setWebhook",
        "deleteMessage", "sendChatAction", "setMyDescription", "setMyShortDescription", "setChatMenuButton",
    ];

    private const int MaxTextLength = 4096;
    private const int MaxCallbackDataBytes = 64;
    private readonly TimeProvider _clock;
    private readonly UpdateQueue _updates;
    private readonly Dictionary<string, Func<JsonElement, ApiOutcome>> _handlers;
    private long _lastMessageId;
    private long _lastFileId;

    /// <summary>File ids this fake has handed out for uploads and still accepts.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _fileIds = new();

    public BotApiMethods(TimeProvider clock, UpdateQueue updates)
    {
        _clock = clock;
        _updates = updates;
        _handlers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["getMe"] = _ => ApiOutcome.Ok(UpdateFactory.Me()),
            ["sendMessage"] = SendMessage,
            ["sendPhoto"] = body => SendFile(body, "photo"),
            ["sendDocument"] = body => SendFile(body, "document"),
            ["editMessageText"] = body => EditMessage(body, requireText: true),
            ["editMessageReplyMarkup"] = body => EditMessage(body, requireText: false),
            ["getWebhookInfo"] = _ => ApiOutcome.Ok(new JsonObject
            {
                ["url"] = string.Empty,
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _updates.PendingCount,
            }),
        };
        foreach (var method in TrueMethods)
        {
            _handlers[method] = _ => ApiOutcome.True;
        }
    }

    /// <summary>Telegram stops accepting every file id it gave out (as for a file id from another bot).</summary>
    public void ForgetFileIds() => _fileIds.Clear();

    /// <summary>Unix time according to the fake's clock.</summary>
    public long Now => _clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Message ids are shared by incoming and outgoing messages and always increase.</summary>
    public long NextMessageId() => Interlocked.Increment(ref _lastMessageId);

    public ApiOutcome Execute(string method, JsonElement body) =>
        _handlers.TryGetValue(method, out var handler) ? handler(body) : ApiOutcome.MethodNotFound;

    private ApiOutcome SendMessage(JsonElement body)
    {
        if (ChatError(body) is { } error)
        {
            return error;
        }

        var text = JsonFields.GetString(body, "text");
        if (string.IsNullOrEmpty(text))
        {
            return ApiOutcome.Error(400, "Bad Request: message text is empty");
        }

        if (text.Length > MaxTextLength)
        {
            return ApiOutcome.Error(400, "Bad Request: message is too long");
        }

        if (HasOversizedButtonData(JsonFields.GetObject(body, "reply_markup")))
        {
            return ApiOutcome.Error(400, "Bad Request: BUTTON_DATA_INVALID");
        }

        var message = UpdateFactory.BotMessage(
            JsonFields.GetLong(body, "chat_id")!.Value, NextMessageId(), text, Now,
            JsonFields.GetObject(body, "reply_markup"));
        return ApiOutcome.Ok(message);
    }

    /// <summary>A photo or document upload; the file arrives as a multipart part, recorded as "&lt;file:name:N bytes&gt;".</summary>
    private ApiOutcome SendFile(JsonElement body, string field)
    {
        if (ChatError(body) is { } error)
        {
            return error;
        }

        if (JsonFields.GetString(body, field) is not { } file)
        {
            return ApiOutcome.Error(400, $"Bad Request: there is no {field} in the request");
        }

        // An upload arrives as a multipart part (named by "attach://part"); anything else is a file id from an earlier upload.
        var uploaded = file.StartsWith("<file:", StringComparison.Ordinal) || file.StartsWith("attach://", StringComparison.Ordinal);
        if (!uploaded && !_fileIds.ContainsKey(file))
        {
            return ApiOutcome.Error(400, "Bad Request: wrong file identifier/HTTP URL specified");
        }

        var fileId = uploaded ? $"fake-file-{Interlocked.Increment(ref _lastFileId)}" : file;
        _fileIds[fileId] = true;
        var message = UpdateFactory.BotMessage(JsonFields.GetLong(body, "chat_id")!.Value, NextMessageId(), null, Now, null);
        message[field] = field == "photo"
            ? new JsonArray(new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["width"] = 1280, ["height"] = 720 })
            : new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId };
        if (JsonFields.GetString(body, "caption") is { } caption)
        {
            message["caption"] = caption;
        }

        return ApiOutcome.Ok(message);
    }

    private ApiOutcome EditMessage(JsonElement body, bool requireText)
    {
        var text = JsonFields.GetString(body, "text");
        if (requireText && string.IsNullOrEmpty(text))
        {
            return ApiOutcome.Error(400, "Bad Request: message text is empty");
        }

        if (JsonFields.GetString(body, "inline_message_id") is not null)
        {
            return ApiOutcome.True;
        }

        if (ChatError(body) is { } error)
        {
            return error;
        }

        if (JsonFields.GetLong(body, "message_id") is not { } messageId)
        {
            return ApiOutcome.Error(400, "Bad Request: message identifier is not specified");
        }

        var message = UpdateFactory.BotMessage(
            JsonFields.GetLong(body, "chat_id")!.Value, messageId, text, Now,
            JsonFields.GetObject(body, "reply_markup"));
        message["edit_date"] = Now;
        return ApiOutcome.Ok(message);
    }

    /// <summary>Telegram's limit on callback_data: 1–64 bytes of UTF-8.</summary>
    private static bool HasOversizedButtonData(JsonObject? markup) =>
        markup?["inline_keyboard"] is JsonArray rows && rows.OfType<JsonArray>().SelectMany(row => row.OfType<JsonObject>())
            .Any(button => button["callback_data"]?.GetValue<string>() is { } data && Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes);

    private static ApiOutcome? ChatError(JsonElement body) =>
        JsonFields.GetString(body, "chat_id") is null ? ApiOutcome.Error(400, "Bad Request: chat_id is empty")
        : JsonFields.GetLong(body, "chat_id") is null ? ApiOutcome.Error(400, "Bad Request: chat not found")
        : null;
}
