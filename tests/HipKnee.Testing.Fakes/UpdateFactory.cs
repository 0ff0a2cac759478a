using System.Text.Json.Nodes;

namespace HipKnee.Testing.Fakes;

/// <summary>Realistic update/message/user JSON shapes (private chats only).</summary>
public static class UpdateFactory
{
    public const long BotId = 42;
    public const string UserFirstName = "Tester";

    public static JsonObject BotUser() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "HipKnee",
        ["username"] = "HipKneeTestBot",
    };

    public static JsonObject Me()
    {
        var me = BotUser();
        me["can_join_groups"] = false;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        return me;
    }

    public static JsonObject User(long id, string? languageCode)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = UserFirstName };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return user;
    }

    public static JsonObject PrivateChat(long chatId) => new()
    {
        ["id"] = chatId,
        ["type"] = "private",
        ["first_name"] = UserFirstName,
    };

    public static JsonObject TextUpdate(
        long chatId, string text, long fromId, string? languageCode, long messageId, long date)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = User(fromId, languageCode),
            ["chat"] = PrivateChat(chatId),
            ["date"] = date,
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var commandLength = text.IndexOfAny([' ', '\n']) is var end and >= 0 ? end : text.Length;
            message["entities"] = new JsonArray(
                new JsonObject { ["offset"] = 0, ["length"] = commandLength, ["type"] = "bot_command" });
        }

        return new JsonObject { ["message"] = message };
    }

    public static JsonObject CallbackUpdate(long chatId, string data, long messageId, string queryId, long date)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = BotUser(),
            ["chat"] = PrivateChat(chatId),
            ["date"] = date,
        };
        var query = new JsonObject
        {
            ["id"] = queryId,
            ["from"] = User(chatId, "en"),
            ["message"] = message,
            ["chat_instance"] = $"ci-{chatId}",
            ["data"] = data,
        };
        return new JsonObject { ["callback_query"] = query };
    }

    /// <summary>A message sent (or edited) by the bot, as sendMessage/editMessageText return it.</summary>
    public static JsonObject BotMessage(long chatId, long messageId, string? text, long date, JsonObject? replyMarkup)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = BotUser(),
            ["chat"] = PrivateChat(chatId),
            ["date"] = date,
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        // Telegram only echoes inline keyboards; Telegram.Bot's Message.ReplyMarkup is InlineKeyboardMarkup.
        if (replyMarkup?.ContainsKey("inline_keyboard") == true)
        {
            message["reply_markup"] = replyMarkup;
        }

        return message;
    }
}
