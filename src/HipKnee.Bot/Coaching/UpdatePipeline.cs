using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using Prometheus;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Coaching;

/// <summary>
/// Runs each update in its own DI scope and transaction, retrying a bounded number of times when the
/// store is busy or another writer got there first, so one bad update never stops the intake.
/// </summary>
public sealed class UpdatePipeline(IServiceScopeFactory scopes, OutboxSignal outbox, HipKneeMetrics metrics, ILogger<UpdatePipeline> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>
    /// Returns true when the update's transaction committed: handled now, and with <paramref name="fromInbox"/> its inbox
    /// row deleted in that same transaction; false when it had been handled before or was dropped after failing.
    /// </summary>
    public async Task<bool> ProcessAsync(IChatUpdate update, CancellationToken ct, bool fromInbox = false)
    {
        using var timer = metrics.UpdateHandling.NewTimer();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var handled = await scope.ServiceProvider.GetRequiredService<UpdateHandler>().HandleAsync(update, ct, fromInbox);
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
                logger.LogError("Update {UpdateId} for chat {ChatId} failed {Attempts} times and is dropped: {Error}",
                    update.UpdateId, update.ChatId, MaxAttempts, Describe(ex));
            }
        }

        return false;
    }

    private static string Describe(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => "the user was changed concurrently",
        DbUpdateException { InnerException: { } inner } => $"{ex.GetType().Name}: {inner.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
