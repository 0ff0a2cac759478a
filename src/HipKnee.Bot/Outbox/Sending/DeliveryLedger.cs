using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Persistence.FastPaths;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// The one writer of delivery outcomes: couriers hand theirs in and wait until it is committed, and
/// outcomes that arrive together are written in one transaction, so thousands of sends a second cost
/// a few SQLite commits rather than one each.
/// </summary>
public sealed class DeliveryLedger(IServiceScopeFactory scopes, DatabaseRetry retry, ILogger<DeliveryLedger> logger)
{
    private readonly GroupCommit<DeliveryOutcome> _outcomes = new("delivery ledger", maxBatch: 512);

    /// <summary>Completes once the outcome is committed.</summary>
    public Task RecordAsync(DeliveryOutcome outcome) => _outcomes.AddAsync(outcome);

    /// <summary>Writes until <see cref="Complete"/> is called and everything handed in is written.</summary>
    public Task RunAsync() => _outcomes.RunAsync(WriteUntilCommittedAsync);

    public void Complete() => _outcomes.Complete();

    // Sent but not yet recorded: keep trying whatever the fault (couriers wait for this), or a restart would send these messages again.
    private Task WriteUntilCommittedAsync(IReadOnlyList<DeliveryOutcome> outcomes) =>
        retry.RunAsync($"Recording {outcomes.Count} delivery outcomes", _ => WriteAsync(outcomes), CancellationToken.None, everyFault: true);

    private async Task WriteAsync(IReadOnlyList<DeliveryOutcome> outcomes)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await using var transaction = await db.Database.BeginOrCloseAsync();
        var ids = outcomes.Select(o => o.MessageId).ToList();
        var rows = await db.Outbox.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
        foreach (var outcome in outcomes)
        {
            if (rows.TryGetValue(outcome.MessageId, out var row))
            {
                OutboxRowUpdate.Finish(db, row, outcome.Result, outcome.Attempts, outcome.At);
            }
        }

        await db.SaveChangesAsync();
        foreach (var outcome in outcomes.Where(o => o.Result is SendResult.ChatUnreachable))
        {
            await ChatUnreachable.RecordAsync(db, outcome.ChatId, ((SendResult.ChatUnreachable)outcome.Result).Reason);
            logger.LogWarning("Chat {ChatId} cannot be reached ({Reason}); user marked inactive, pending messages dropped",
                outcome.ChatId, ((SendResult.ChatUnreachable)outcome.Result).Reason);
        }

        await transaction.CommitAsync();
    }
}
