using System.Globalization;
using System.Text;
using HipKnee.Bot.Charts;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Pictures;
using HipKnee.Bot.Privacy;
using HipKnee.Core.Conversation;
using HipKnee.Core.Pictures;

namespace HipKnee.Bot.Outbox;

/// <summary>Replies that go out as files: the /stats chart as a photo, the /export JSON and CSV as documents.</summary>
internal static class OutboxAttachments
{
    public static void Add(HipKneeDbContext db, long chatId, Reply reply, ExportData? export, DateTimeOffset now)
    {
        switch (reply)
        {
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
        }
    }

    /// <summary>Telegram's limit on a photo caption.</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>
    /// A set prompt with its exercise picture: one photo with the prompt as caption and the prompt's buttons, or, for a
    /// prompt too long for a caption, the picture alone just before the prompt as text.
    /// </summary>
    public static void AddExercisePicture(HipKneeDbContext db, long chatId, TextReply prompt, PictureKey picture, string language, DateTimeOffset now, OutboxTopic topic)
    {
        var fits = prompt.Text.Length <= MaxCaptionLength;
        var photo = OutboxWriter.New(chatId, OutboxKind.ExercisePicture, fits ? prompt.Text : null, now, fits ? OutboxWriter.ButtonsJson(prompt.Buttons) : null);
        photo.FileName = ExercisePictureFiles.FileName(picture, language);
        photo.Tag = fits ? prompt.Tag : null;
        photo.Topic = topic;
        db.Outbox.Add(photo);
        if (!fits)
        {
            db.Outbox.AddRange(OutboxWriter.TextMessages(chatId, prompt, now, topic));
        }
    }

    private static OutboxMessage File(long chatId, OutboxKind kind, string fileName, byte[] payload, string? caption, DateTimeOffset now)
    {
        var file = OutboxWriter.New(chatId, kind, caption, now);
        file.FileName = fileName;
        file.Payload = payload;
        return file;
    }
}
