using HipKnee.Bot.Options;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Persistence.FastPaths;
using Microsoft.EntityFrameworkCore;
using Polly;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using HipKnee.Bot.Telegram;

namespace HipKnee.Bot.Inbox;

/// <summary>
/// Stores webhook updates for handling after the acknowledgment, once per update id. Updates that arrive together
/// are stored in one transaction (<see cref="GroupCommit{T}"/>): each request still waits until its update is
/// committed, but a burst of a thousand posts costs a few commits rather than a thousand.
/// </summary>
public sealed class WebhookInbox : IAsyncDisposable
{
    private static readonly ResiliencePipeline Conflicts = ConflictRetry.Pipeline<DbUpdateException>(attempts: 3);
    private readonly IServiceScopeFactory _scopes;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly string _instanceId;
    private readonly ILogger<WebhookInbox> _logger;
    private readonly GroupCommit<InboxUpdate> _rows = new("webhook inbox", maxBatch: 500);
    private readonly Task _writer;

    public WebhookInbox(IServiceScopeFactory scopes, InboxSignal signal, TimeProvider time, SecretRedactor redactor, IOptions<PollingOptions> polling,
        ILogger<WebhookInbox> logger)
    {
        (_scopes, _signal, _time, _redactor, _instanceId, _logger) = (scopes, signal, time, redactor, polling.Value.InstanceId, logger);
        _writer = Task.Run(() => _rows.RunAsync(StoreBatchAsync));
    }

    /// <summary>Completes once the update is stored (or was already stored or handled); throws when it could not be.</summary>
    public Task StoreAsync(Update update, string json, CancellationToken ct) =>
        _rows.AddAsync(new InboxUpdate { UpdateId = update.Id, ChatId = UpdateMapper.ChatOf(update), Json = json, ReceivedAt = _time.GetUtcNow(), OwnerId = _instanceId }).WaitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        _rows.Complete();
        await _writer;
    }

    /// <summary>
    /// A unique-key conflict means another instance stored one of these updates in the meantime; the next attempt
    /// sees it and leaves it out. A batch that still fails answers its posts with an error, so Telegram sends them again.
    /// </summary>
    private async Task StoreBatchAsync(IReadOnlyList<InboxUpdate> rows)
    {
        try
        {
            await Conflicts.ExecuteAsync(async _ => await WriteAsync(rows));
            _signal.Notify();
        }
        catch (Exception ex)
        {
            // With the database away the posts are answered 500 at once: Telegram keeps them and sends them again.
            _logger.Log(InfrastructureFault.Is(ex) ? LogLevel.Warning : LogLevel.Error, "Storing {Count} webhook updates failed ({Error}); answered with an error, Telegram sends them again",
                rows.Count, _redactor.Describe(ex));
            throw;
        }
    }

    private async Task WriteAsync(IReadOnlyList<InboxUpdate> rows)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await using var transaction = await db.Database.BeginOrCloseAsync();
        var ids = rows.Select(row => row.UpdateId).Distinct().ToList();
        var known = (await db.Inbox.Where(i => ids.Contains(i.UpdateId)).Select(i => i.UpdateId).ToListAsync()).ToHashSet();
        known.UnionWith(await db.ProcessedUpdates.Where(p => ids.Contains(p.UpdateId)).Select(p => p.UpdateId).ToListAsync());
        // A context per attempt, so the same rows can be added again after a failed one.
        db.Inbox.AddRange(rows.Where(row => known.Add(row.UpdateId)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
