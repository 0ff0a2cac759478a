using HipKnee.Bot.Coaching;
using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Scheduling;

/// <summary>
/// Finds users whose next nudge is due (an indexed instant, not a trigger per user), lets the coach decide
/// what to send, and moves each one's instant forward — a batch per transaction, so a claimed user is
/// never claimed twice, and the outbox gets the messages in the same commit.
/// </summary>
/// <remarks>
/// Across instances the claim rests on the optimistic <see cref="UserRecord.Version"/> token rather than on
/// <c>SELECT … FOR UPDATE SKIP LOCKED</c>: two scans that read the same due user both try to save it, the second
/// UPDATE matches no row (on PostgreSQL it waits for the first to commit, then finds the version moved), its whole
/// batch rolls back with the nudges it staged, and the retry no longer sees those users as due. The same token
/// already guards against an incoming update changing the user mid-scan, it works on both providers, and
/// concurrent scans are rare anyway: the clustered Quartz store runs this job on one instance per minute.
/// SKIP LOCKED would only pay off for many scanners sharing a large backlog, at the cost of provider-specific SQL.
/// </remarks>
public sealed class ReminderScanner(IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outbox, HipKneeMetrics metrics, ILogger<ReminderScanner> logger)
{
    public const int BatchSize = 500;
    private const int MaxAttempts = 3;

    /// <summary>Handles every nudge due now; returns how many users were handled.</summary>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var total = 0;
        int handled;
        do
        {
            handled = await ScanBatchWithRetryAsync(now, ct);
            total += handled;
        }
        while (handled == BatchSize);

        if (total > 0)
        {
            outbox.Notify();
            logger.LogInformation("Reminder scan handled {Users} due users", total);
        }

        return total;
    }

    private async Task<int> ScanBatchWithRetryAsync(DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ScanBatchAsync(now, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                logger.LogInformation("A due user changed during the reminder scan; retrying the batch");
            }
        }
    }

    private async Task<int> ScanBatchAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.NextNudgeAt != null && u.NextNudgeAt <= now)
            .OrderBy(u => u.NextNudgeAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        await using var writer = new NudgeWriter(db);
        foreach (var user in due)
        {
            var before = UserStateMapping.ToState(user);
            var decision = Coach.Decide(before, new ReminderDueInput(), now);
            (decision.Replies.Count > 0 ? metrics.RemindersSent : metrics.RemindersSkipped).Inc();
            if (decision.Next.NextNudge?.At <= now)
            {
                // The coach always plans ahead; this only guards the scan against looping on a bad row.
                logger.LogError("User {ChatId} still had a due nudge after the scan; reminders cleared", user.ChatId);
                decision = decision with { Next = decision.Next with { NextNudge = null } };
            }

            if (NudgeWriter.Covers(before, decision))
            {
                await writer.WriteAsync(user, decision.Next, OutboxWriter.Messages(user.ChatId, null, decision.Replies, now), now, ct);
            }
            else
            {
                db.Users.Attach(user);
                await UserDecision.StageAsync(db, metrics, user, decision, now, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }
}
