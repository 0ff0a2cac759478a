using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using Prometheus;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Coaching;

/// <summary>
/// Runs each update in its own DI scope and transaction. When the database itself fails (unreachable, locked,
/// read-only), the update waits and is tried again until the database is back (<see cref="DatabaseRetry"/>): an
/// outage never costs an update. An update that fails against a working database is tried a bounded number of times,
/// then set aside as a dead letter (<see cref="DeadLetters"/>), so it never stops the intake and is never lost.
/// </summary>
public sealed class UpdatePipeline(
    IServiceScopeFactory scopes, OutboxSignal outbox, DatabaseRetry retry, DeadLetters deadLetters, HipKneeMetrics metrics, ILogger<UpdatePipeline> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>
    /// Returns true when the update's transaction committed: handled now, and with <paramref name="fromInbox"/> its inbox
    /// row deleted in that same transaction; false when it had been handled before or was set aside as a dead letter.
    /// Returns only once one of those happened (or <paramref name="ct"/> ends), however long the database is away.
    /// </summary>
    /// <param name="json">The update as received, kept in its dead letter should it come to that.</param>
    public async Task<bool> ProcessAsync(IChatUpdate update, CancellationToken ct, bool fromInbox = false, string? json = null)
    {
        using var timer = metrics.UpdateHandling.NewTimer();
        var what = $"update {update.UpdateId} for chat {update.ChatId}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var handled = await retry.RunAsync(what, token => HandleAsync(update, fromInbox, token), ct);
                if (handled)
                {
                    outbox.Notify();
                }
                else
                {
                    logger.LogInformation("Update {UpdateId} was already handled; skipped", update.UpdateId);
                }

                return handled;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (attempt < MaxAttempts)
            {
                logger.LogWarning("Update {UpdateId} for chat {ChatId} failed on attempt {Attempt} ({Error}); retrying",
                    update.UpdateId, update.ChatId, attempt, Describe(ex));
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), ct);
            }
            catch (Exception ex)
            {
                logger.LogError("Update {UpdateId} for chat {ChatId} failed {Attempts} times against a working database and is set aside as a dead letter: {Error}",
                    update.UpdateId, update.ChatId, MaxAttempts, Describe(ex));
                await SetAsideAsync(update, json, Describe(ex), what, ct);
                return false;
            }
        }
    }

    private async Task SetAsideAsync(IChatUpdate update, string? json, string error, string what, CancellationToken ct)
    {
        try
        {
            await retry.RunAsync($"the dead letter of {what}", token => deadLetters.SetAsideAsync(update, json, error, token), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical("Update {UpdateId} for chat {ChatId} could not be set aside either ({Error}); it is skipped", update.UpdateId, update.ChatId, Describe(ex));
        }
    }

    private async Task<bool> HandleAsync(IChatUpdate update, bool fromInbox, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UpdateHandler>().HandleAsync(update, ct, fromInbox);
    }

    private static string Describe(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => "the user was changed concurrently",
        DbUpdateException { InnerException: { } inner } => $"{ex.GetType().Name}: {inner.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
