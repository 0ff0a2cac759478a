using System.Text.Json;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Privacy;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Outbox;

/// <summary>Adds the coach's replies to the outbox, inside the caller's transaction.</summary>
internal static class OutboxWriter
{
    /// <param name="topic">What the messages are (a reply, a reminder), for the figures.</param>
    /// <param name="export">The user's data, read in this transaction, when the replies include an <see cref="ExportReply"/>.</param>
    /// <param name="forgetWhenDone">Delete these rows once sent (the answer to an erase).</param>
    /// <param name="language">The user's language, for the words on exercise pictures; without it replies go as text only.</param>
    public static void Add(HipKneeDbContext db, long chatId, string? callbackQueryId, IReadOnlyList<Reply> replies, DateTimeOffset now,
        OutboxTopic topic = OutboxTopic.Reply, ExportData? export = null, bool forgetWhenDone = false, string? language = null)
    {
        var answered = false;
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply { Picture: { } picture } text when language is not null:
                    OutboxAttachments.AddExercisePicture(db, chatId, text, picture, language, now, topic);
                    break;
                case TextReply text:
                    AddText(db, chatId, text, now, topic);
                    break;
                case EditReply edit:
                    var change = New(chatId, OutboxKind.Edit, edit.Text, now);
                    change.Tag = edit.Tag;
                    db.Outbox.Add(change);
                    break;
                case ChartReply or ExportReply:
                    OutboxAttachments.Add(db, chatId, reply, export, now);
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

        if (forgetWhenDone)
        {
            foreach (var added in db.Outbox.Local.Where(m => m.ChatId == chatId && m.Id == 0))
            {
                added.ForgetWhenDone = true;
            }
        }
    }

    private static void AddText(HipKneeDbContext db, long chatId, TextReply reply, DateTimeOffset now, OutboxTopic topic) =>
        db.Outbox.AddRange(TextMessages(chatId, reply, now, topic));

    /// <summary>
    /// The rows for one text reply: a text too long for one message goes as several, in order; its buttons and tag go
    /// with the last one.
    /// </summary>
    public static IEnumerable<OutboxMessage> TextMessages(long chatId, TextReply reply, DateTimeOffset now, OutboxTopic topic)
    {
        var parts = MessageSplitter.Split(reply.Text);
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            var message = New(chatId, OutboxKind.Message, parts[i], now, last ? ButtonsJson(reply.Buttons) : null);
            message.Tag = last ? reply.Tag : null;
            message.Topic = topic;
            yield return message;
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

    internal static string? ButtonsJson(IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        buttons.Count == 0 ? null : JsonSerializer.Serialize(buttons);

    internal static OutboxMessage New(long chatId, OutboxKind kind, string? text, DateTimeOffset now, string? buttonsJson = null, string? callbackQueryId = null) => new()
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
