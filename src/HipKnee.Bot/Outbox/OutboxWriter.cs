using System.Text.Json;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Outbox;

/// <summary>Adds the coach's replies to the outbox, inside the caller's transaction.</summary>
internal static class OutboxWriter
{
    public static void Add(HipKneeDbContext db, long chatId, string? callbackQueryId, IReadOnlyList<Reply> replies, DateTimeOffset now) =>
        db.Outbox.AddRange(Messages(chatId, callbackQueryId, replies, now));

    /// <summary>The outbox rows for the coach's replies, in the order they are to be sent.</summary>
    public static IEnumerable<OutboxMessage> Messages(long chatId, string? callbackQueryId, IReadOnlyList<Reply> replies, DateTimeOffset now)
    {
        var answered = false;
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    foreach (var part in TextParts(chatId, text, now))
                    {
                        yield return part;
                    }

                    break;
                case CallbackAnswer answer when callbackQueryId is not null && !answered:
                    answered = true;
                    yield return New(chatId, OutboxKind.CallbackAnswer, answer.Text, now, callbackQueryId: callbackQueryId);
                    break;
            }
        }

        // A button press is always answered, so the user's button never keeps spinning.
        if (callbackQueryId is not null && !answered)
        {
            yield return New(chatId, OutboxKind.CallbackAnswer, null, now, callbackQueryId: callbackQueryId);
        }
    }

    /// <summary>A text too long for one message goes as several, in order; its buttons go with the last one.</summary>
    private static IEnumerable<OutboxMessage> TextParts(long chatId, TextReply reply, DateTimeOffset now)
    {
        var parts = MessageSplitter.Split(reply.Text);
        for (var i = 0; i < parts.Count; i++)
        {
            var buttons = i == parts.Count - 1 ? ButtonsJson(reply.Buttons) : null;
            yield return New(chatId, OutboxKind.Message, parts[i], now, buttons);
        }
    }

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> ReadButtons(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<ReplyButton[][]>(json) ?? [];

    private static string? ButtonsJson(IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        buttons.Count == 0 ? null : JsonSerializer.Serialize(buttons);

    private static OutboxMessage New(long chatId, OutboxKind kind, string? text, DateTimeOffset now, string? buttonsJson = null, string? callbackQueryId = null) => new()
    {
        ChatId = chatId,
        Kind = kind,
        Text = text,
        ButtonsJson = buttonsJson,
        CallbackQueryId = callbackQueryId,
        Status = OutboxStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}
