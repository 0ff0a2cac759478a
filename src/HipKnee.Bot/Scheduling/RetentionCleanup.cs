using HipKnee.Bot.Options;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HipKnee.Bot.Inbox;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Scheduling;

/// <summary>
/// Deletes processed update ids and finished outbox messages older than <see cref="RetentionOptions"/> allows, and
/// chat and inbox liveness leases long expired, in batches of one short transaction each, so a large backlog never holds the
/// database's write lock for long.
/// </summary>
public sealed class RetentionCleanup(IServiceScopeFactory scopes, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionCleanup> logger)
{
    public const int BatchSize = 5_000;

    /// <summary>
    /// A chat lease expired this long ago belongs to a chat nobody is handling; a chat that writes again gets a new
    /// row. The margin keeps the clean-up away from leases being taken over right now.
    /// </summary>
    public static readonly TimeSpan ChatLeaseIdle = TimeSpan.FromHours(1);

    private static readonly OutboxStatus[] Finished = [OutboxStatus.Sent, OutboxStatus.Failed, OutboxStatus.Dropped];

    /// <summary>Deletes everything past its retention now; returns how many rows of each kind went.</summary>
    public async Task<(int ProcessedUpdates, int OutboxMessages)> CleanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var updatesBefore = now.AddDays(-options.Value.ProcessedUpdatesDays);
        var outboxBefore = now.AddDays(-options.Value.OutboxDays);
        var updates = await DeleteInBatchesAsync(db => db.ProcessedUpdates
            .Where(p => p.ProcessedAt < updatesBefore)
            .OrderBy(p => p.UpdateId)
            .Take(BatchSize)
            .ExecuteDeleteAsync(ct), ct);
        var outbox = await DeleteInBatchesAsync(db => db.Outbox
            .Where(m => Finished.Contains(m.Status) && m.CreatedAt < outboxBefore)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ExecuteDeleteAsync(ct), ct);
        var leasesBefore = now - ChatLeaseIdle;
        var leases = await DeleteInBatchesAsync(db => db.Leases
            .Where(l => (l.Name.StartsWith(ChatLeaseStore.NamePrefix) || l.Name.StartsWith(InstanceLiveness.NamePrefix)) && l.ExpiresAt < leasesBefore)
            .OrderBy(l => l.Name)
            .Take(BatchSize)
            .ExecuteDeleteAsync(ct), ct);
        if (updates + outbox + leases > 0)
        {
            logger.LogInformation(
                "Retention clean-up removed {ProcessedUpdates} processed update ids, {OutboxMessages} finished outbox messages and {ChatLeases} idle chat leases",
                updates, outbox, leases);
        }

        return (updates, outbox);
    }

    private async Task<int> DeleteInBatchesAsync(Func<HipKneeDbContext, Task<int>> deleteBatch, CancellationToken ct)
    {
        var total = 0;
        int deleted;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            deleted = await deleteBatch(scope.ServiceProvider.GetRequiredService<HipKneeDbContext>());
            total += deleted;
        }
        while (deleted == BatchSize && !ct.IsCancellationRequested);

        return total;
    }
}
