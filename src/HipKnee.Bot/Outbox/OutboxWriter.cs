using System.Text.Json;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Outbox;

/// <summary>Adds the coach's replies to the outbox, inside the caller's transaction.</summary>
internal static class OutboxWriter
{
    public static void Add(HipKneeDbContext db, long chatId, string? callbackQueryId, IReadOnlyList<Reply> replies, DateTimeOffset now,
        OutboxTopic topic = OutboxTopic.Reply)
    {
        var answered = false;
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    AddText(db, chatId, text, now, topic);
                    break;
                case CallbackAnswer answer when callbackQueryId is not null && !answered:
                    answered = true;
                    db.Outbox.Add(New(chatId, OutboxKind.CallbackAnswer, answer.Text, now, callbackQueryId: callbackQueryId));
                    break;
            }
        }

        // A button press is always answered, so the user's button never keeps spinning.
        if (callbackQueryId is not null && !answered)
        {
            db.Outbox.Add(New(chatId, OutboxKind.CallbackAnswer, null, now, callbackQueryId: callbackQueryId));
        }
    }

    /// <summary>A text too long for one message goes as several, in order; its buttons go with the last one.</summary>
    private static void AddText(HipKneeDbContext db, long chatId, TextReply reply, DateTimeOffset now, OutboxTopic topic)
    {
        var parts = MessageSplitter.Split(reply.Text);
        for (var i = 0; i < parts.Count; i++)
        {
            var buttons = i == parts.Count - 1 ? ButtonsJson(reply.Buttons) : null;
            var message = New(chatId, OutboxKind.Message, parts[i], now, buttons);
            message.Topic = topic;
            db.Outbox.Add(message);
        }
    }

    /// <summary>One recipient's copy of an admin broadcast.</summary>
    public static OutboxMessage Broadcast(long chatId, string text, long broadcastId, DateTimeOffset now)
    {
        var message = New(chatId, OutboxKind.Message, text, now);
        message.Topic = OutboxTopic.Broadcast;
        message.BroadcastId = broadcastId;
        return message;
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
