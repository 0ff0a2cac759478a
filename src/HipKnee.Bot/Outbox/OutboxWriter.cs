using System.Globalization;
using System.Text;
using System.Text.Json;
using HipKnee.Bot.Charts;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Privacy;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Outbox;

/// <summary>Adds the coach's replies to the outbox, inside the caller's transaction.</summary>
internal static class OutboxWriter
{
    /// <param name="export">The user's data, read in this transaction, when the replies include an <see cref="ExportReply"/>.</param>
    /// <param name="forgetWhenDone">Delete these rows once sent (the answer to an erase).</param>
    public static void Add(HipKneeDbContext db, long chatId, string? callbackQueryId, IReadOnlyList<Reply> replies, DateTimeOffset now,
        ExportData? export = null, bool forgetWhenDone = false)
    {
        var answered = false;
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    var message = New(chatId, OutboxKind.Message, text.Text, now, ButtonsJson(text.Buttons));
                    message.Tag = text.Tag;
                    db.Outbox.Add(message);
                    break;
                case EditReply edit:
                    var change = New(chatId, OutboxKind.Edit, edit.Text, now);
                    change.Tag = edit.Tag;
                    db.Outbox.Add(change);
                    break;
                case ChartReply chart:
                    db.Outbox.Add(File(chatId, OutboxKind.Photo, "progress.png", ProgressChartRenderer.RenderPng(chart.Chart), null, now));
                    break;
                case ExportReply request when export is not null:
                    var stamp = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                    db.Outbox.Add(File(chatId, OutboxKind.Document, $"hipknee-{stamp}.json", Encoding.UTF8.GetBytes(ExportJson.Write(export)), request.Caption, now));
                    // A byte-order mark lets spreadsheet programs read the CSV as UTF-8.
                    var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ExportCsv.Write(export))).ToArray();
                    db.Outbox.Add(File(chatId, OutboxKind.Document, $"hipknee-{stamp}.csv", csv, null, now));
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

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> ReadButtons(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<ReplyButton[][]>(json) ?? [];

    private static string? ButtonsJson(IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        buttons.Count == 0 ? null : JsonSerializer.Serialize(buttons);

    private static OutboxMessage File(long chatId, OutboxKind kind, string fileName, byte[] payload, string? caption, DateTimeOffset now)
    {
        var file = New(chatId, kind, caption, now);
        file.FileName = fileName;
        file.Payload = payload;
        return file;
    }

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
