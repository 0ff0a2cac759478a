using System.Threading.Channels;
using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Stores webhook updates for handling after the acknowledgment, once per update id. Updates that arrive together
/// are stored in one transaction (group commit): each request still waits until its update is committed, but a burst
/// of a thousand posts costs a few commits rather than a thousand.
/// </summary>
public sealed class WebhookInbox : IAsyncDisposable
{
    private const int MaxBatch = 500;
    private const int MaxAttempts = 3;
    private readonly IServiceScopeFactory _scopes;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookInbox> _logger;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public WebhookInbox(IServiceScopeFactory scopes, InboxSignal signal, TimeProvider time, ILogger<WebhookInbox> logger)
    {
        (_scopes, _signal, _time, _logger) = (scopes, signal, time, logger);
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Completes once the update is stored (or was already stored or handled); throws when it could not be.</summary>
    public Task StoreAsync(Update update, string json, CancellationToken ct)
    {
        var row = new InboxUpdate { UpdateId = update.Id, ChatId = UpdateChat.Of(update), Json = json, ReceivedAt = _time.GetUtcNow() };
        var pending = new Pending(row, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_pending.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The webhook inbox is closed.");
        }

        return pending.Stored.Task.WaitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await WriteWithRetriesAsync(batch);
                batch.ForEach(pending => pending.Stored.TrySetResult());
                _signal.Notify();
            }
            catch (Exception ex)
            {
                // The posts are answered with an error, so Telegram sends these updates again.
                _logger.LogError("Storing {Count} webhook updates failed ({Error})", batch.Count, $"{ex.GetType().Name}: {ex.InnerException?.Message ?? ex.Message}");
                batch.ForEach(pending => pending.Stored.TrySetException(ex));
            }

            batch.Clear();
        }
    }

    /// <summary>
    /// A unique-key conflict means another instance stored one of these updates in the meantime; the next attempt
    /// sees it and leaves it out.
    /// </summary>
    private async Task WriteWithRetriesAsync(List<Pending> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(batch);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ids = batch.Select(pending => pending.Row.UpdateId).Distinct().ToList();
        var known = (await db.Inbox.Where(i => ids.Contains(i.UpdateId)).Select(i => i.UpdateId).ToListAsync()).ToHashSet();
        known.UnionWith(await db.ProcessedUpdates.Where(p => ids.Contains(p.UpdateId)).Select(p => p.UpdateId).ToListAsync());
        foreach (var pending in batch.Where(pending => known.Add(pending.Row.UpdateId)))
        {
            db.Inbox.Add(new InboxUpdate { UpdateId = pending.Row.UpdateId, ChatId = pending.Row.ChatId, Json = pending.Row.Json, ReceivedAt = pending.Row.ReceivedAt });
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private sealed record Pending(InboxUpdate Row, TaskCompletionSource Stored);
}
