using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Persistence.FastPaths;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using Microsoft.EntityFrameworkCore;
using Polly;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Scheduling;

/// <summary>
/// Finds users whose next message of one kind is due (an indexed instant, not a trigger per user), lets the coach
/// decide what to send, and moves each one's instant forward — a batch per transaction, so a claimed user is never
/// claimed twice, and the outbox gets the messages in the same commit.
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
public abstract class DueUserScanner(IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outbox, HipKneeMetrics metrics, ILogger logger)
{
    protected HipKneeMetrics Metrics { get; } = metrics;

    public const int BatchSize = 500;
    private const int MaxAttempts = 3;
    private ResiliencePipeline? _conflicts;

    /// <summary>What the scan is for, in log lines ("reminder", "weekly summary").</summary>
    protected abstract string What { get; }

    /// <summary>The input the coach gets for a due user.</summary>
    protected abstract Input DueInput { get; }

    /// <summary>The due users, oldest first; must use an indexed instant column.</summary>
    protected abstract IQueryable<UserRecord> Due(IQueryable<UserRecord> users, DateTimeOffset now);

    /// <summary>The user's instant after the coach decided; it must have moved past now.</summary>
    protected abstract DateTimeOffset? NextAt(UserRecord user);

    protected abstract void Clear(UserRecord user);

    /// <summary>What the messages are, for the figures.</summary>
    protected virtual OutboxTopic Topic => OutboxTopic.Reply;

    /// <summary>
    /// The user columns this scan's usual outcome moves, for the fast path (<see cref="DueUserWriter"/>): a decision
    /// that changes only these, records no event and replies with plain text is written with prepared statements;
    /// any other goes through EF Core. Empty (the default): always EF Core.
    /// </summary>
    protected virtual IReadOnlyList<string> FastColumns => [];

    protected virtual void Count(Decision decision)
    {
    }

    /// <summary>How far ahead of now this scan claims users (<see cref="ReminderScanner"/> can start a fan-out early); zero by default.</summary>
    protected virtual Task<TimeSpan> LeadAsync(HipKneeDbContext db, DateTimeOffset now, CancellationToken ct) => Task.FromResult(TimeSpan.Zero);

    /// <summary>Handles every user due now; returns how many users were handled.</summary>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        TimeSpan lead;
        await using (var scope = scopes.CreateAsyncScope())
        {
            lead = await LeadAsync(scope.ServiceProvider.GetRequiredService<HipKneeDbContext>(), now, ct);
        }

        var total = 0;
        int handled;
        do
        {
            handled = await ScanBatchWithRetryAsync(now, now + lead, ct);
            total += handled;
        }
        while (handled == BatchSize);

        if (total > 0)
        {
            outbox.Notify();
            logger.LogInformation("The {What} scan handled {Users} due users", What, total);
        }

        return total;
    }

    private async Task<int> ScanBatchWithRetryAsync(DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken ct)
    {
        _conflicts ??= ConflictRetry.Pipeline<DbUpdateConcurrencyException>(MaxAttempts,
            () => logger.LogInformation("A due user changed during the {What} scan; retrying the batch", What));
        return await _conflicts.ExecuteAsync(async token => await ScanBatchAsync(now, claimUntil, token), ct);
    }

    /// <summary>
    /// The batch's history in two queries when this scan's input asks every user for the same bounded window
    /// (it does not depend on the user for a due input); null otherwise, and each user loads their own.
    /// </summary>
    private async Task<IReadOnlyDictionary<long, History>?> PreloadHistoriesAsync(HipKneeDbContext db, IReadOnlyList<UserRecord> due, DateTimeOffset now, CancellationToken ct) =>
        due.Count > 0 && Coach.HistoryNeeded(new UserState(0), DueInput, now) is { } from && from != DateTimeOffset.MinValue
            ? await HistoryLoader.LoadManyAsync(db, due, from, ct)
            : null;

    /// <param name="claimUntil">Users due up to here are claimed; one claimed early is decided as at its due instant.</param>
    private async Task<int> ScanBatchAsync(DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await using var transaction = await db.Database.BeginOrCloseAsync(ct);

        // Read untracked: users the fast path writes never enter the change tracker; the others are attached below.
        var due = await Due(db.Users.AsNoTracking(), claimUntil).Take(BatchSize).ToListAsync(ct);
        await using var writer = FastColumns.Count > 0 && due.Count > 0 ? new DueUserWriter(db, FastColumns) : null;
        var histories = await PreloadHistoriesAsync(db, due, now, ct);
        foreach (var user in due)
        {
            var cleared = false;
            void ClearIfStillDue(UserRecord saved)
            {
                // The coach always plans ahead; this only guards the scan against looping on a bad row.
                if (NextAt(saved) <= claimUntil)
                {
                    Clear(saved);
                    cleared = true;
                }
            }

            // The coach sees the due instant (it sends nothing early); the rows are written at now, so they go at once.
            var decideAt = NextAt(user) is { } dueAt && dueAt > now ? dueAt : now;
            var decision = await UserDecision.DecideAsync(db, user, DueInput, decideAt, ct, preloaded: histories?[user.ChatId]);
            Count(decision);
            if (writer?.TryPlan(user, decision, now, Topic, ClearIfStillDue) is var (next, messages))
            {
                await writer.WriteAsync(user, next, messages, ct);
            }
            else
            {
                db.Users.Attach(user);
                await UserDecision.StageAsync(db, Metrics, user, decision, now, ct, topic: Topic);
                ClearIfStillDue(user);
            }

            if (cleared)
            {
                logger.LogError("User {ChatId} was still due after the {What} scan; cleared", user.ChatId, What);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }
}
