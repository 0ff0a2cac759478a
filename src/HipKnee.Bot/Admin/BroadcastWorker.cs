using HipKnee.Bot.Hosting;
using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Admin;

/// <summary>
/// Queues confirmed broadcasts into the outbox in short batches (so no transaction holds the database for long),
/// tells the admin when all copies are queued, and reports the outcome once none is pending.
/// Two instances never queue one batch twice: each batch moves the broadcast's cursor under its version token.
/// </summary>
public sealed class BroadcastWorker(
    IServiceScopeFactory scopes,
    BroadcastSignal signal,
    HostedLoop loop,
    OutboxSignal outbox,
    TimeProvider time,
    IOptions<TelegramOptions> telegram,
    ILogger<BroadcastWorker> logger) : BackgroundService
{
    public const int BatchSize = 1000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync("Broadcast step", async ct =>
        {
            while (await StepAsync(ct))
            {
            }

            await signal.WaitAsync(PollInterval, ct);
        }, PollInterval, logger, stoppingToken);

    /// <summary>Does one batch or one report; true when there may be more to do right away.</summary>
    public async Task<bool> StepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var broadcast = await db.Broadcasts
            .Where(b => b.Status == BroadcastStatus.Queuing || b.Status == BroadcastStatus.Queued)
            .OrderBy(b => b.Status)
            .ThenBy(b => b.Id)
            .FirstOrDefaultAsync(ct);
        if (broadcast is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginOrCloseAsync(ct);
        var more = broadcast.Status == BroadcastStatus.Queuing
            ? await QueueBatchAsync(db, broadcast, now, ct)
            : await ReportIfDoneAsync(db, broadcast, now, ct);
        if (db.ChangeTracker.HasChanges())
        {
            broadcast.Version++;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            outbox.Notify();
        }

        return more;
    }

    private async Task<bool> QueueBatchAsync(HipKneeDbContext db, BroadcastRecord broadcast, DateTimeOffset now, CancellationToken ct)
    {
        var recipients = await db.Users
            .Where(u => u.IsActive && u.ChatId > broadcast.Cursor)
            .OrderBy(u => u.ChatId)
            .Select(u => u.ChatId)
            .Take(BatchSize)
            .ToListAsync(ct);
        db.Outbox.AddRange(recipients.Select(chatId => OutboxWriter.Broadcast(chatId, broadcast.Text, broadcast.Id, now)));
        broadcast.Queued += recipients.Count;
        broadcast.Cursor = recipients.Count > 0 ? recipients[^1] : broadcast.Cursor;
        if (recipients.Count == BatchSize)
        {
            return true;
        }

        broadcast.Status = BroadcastStatus.Queued;
        Tell(db, broadcast, AdminTexts.Queued(broadcast.Id, broadcast.Queued, telegram.Value.MaxMessagesPerSecond), now);
        return false;
    }

    private static async Task<bool> ReportIfDoneAsync(HipKneeDbContext db, BroadcastRecord broadcast, DateTimeOffset now, CancellationToken ct)
    {
        var counts = await db.Outbox
            .Where(m => m.BroadcastId == broadcast.Id)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        if (counts.GetValueOrDefault(OutboxStatus.Pending) > 0)
        {
            return false;
        }

        broadcast.Status = BroadcastStatus.Finished;
        var report = AdminTexts.Finished(broadcast.Id, counts.GetValueOrDefault(OutboxStatus.Sent),
            counts.GetValueOrDefault(OutboxStatus.Failed), counts.GetValueOrDefault(OutboxStatus.Dropped));
        Tell(db, broadcast, report, now);
        return false;
    }

    private static void Tell(HipKneeDbContext db, BroadcastRecord broadcast, string text, DateTimeOffset now) =>
        OutboxWriter.Add(db, broadcast.AdminChatId, null, [new TextReply(text)], now);
}
