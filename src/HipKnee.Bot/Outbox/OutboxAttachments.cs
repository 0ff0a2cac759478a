using System.Globalization;
using System.Text;
using HipKnee.Bot.Charts;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Privacy;
using HipKnee.Core.Conversation;

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

    private static OutboxMessage File(long chatId, OutboxKind kind, string fileName, byte[] payload, string? caption, DateTimeOffset now)
    {
        var file = OutboxWriter.New(chatId, kind, caption, now);
        file.FileName = fileName;
        file.Payload = payload;
        return file;
    }
}
