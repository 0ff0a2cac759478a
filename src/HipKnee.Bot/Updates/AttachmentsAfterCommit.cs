using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Privacy;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Updates;

/// <summary>
/// Writes the files an update asked for (the /stats chart, the /export documents) after its transaction committed:
/// the chart is rendered and the export read and written out while no transaction is open, so a user asking for them
/// again and again never holds SQLite's single writer. They go to the outbox after the update's text replies, so
/// they are still sent in the same order. A crash between the two commits loses the files, never the update.
/// </summary>
internal static class AttachmentsAfterCommit
{
    public static async Task WriteAsync(HipKneeDbContext db, long chatId, IReadOnlyList<Reply> attachments, DateTimeOffset now, CancellationToken ct)
    {
        var export = attachments.OfType<ExportReply>().Any() ? await ExportData.LoadAsync(db, chatId, now, ct) : null;
        OutboxWriter.Add(db, chatId, null, attachments, now, export: export);
        await db.SaveChangesAsync(ct);
    }
}
