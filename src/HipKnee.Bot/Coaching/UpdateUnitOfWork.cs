using HipKnee.Bot.Admin;
using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Prometheus;

namespace HipKnee.Bot.Coaching;

/// <summary>
/// One update, whichever intake it came from, in its own DI scope and transaction: skip it if its update id was
/// handled before, load the user, let the coach decide, stage the new state, the session records, the replies
/// (outbox) and the processed update id, and commit; then wake the sender and write the files it asked for.
/// When the database itself fails (unreachable, locked, read-only), the update waits and is tried again until the
/// database is back (<see cref="DatabaseRetry"/>): an outage never costs an update. An update that fails against a
/// working database is tried a bounded number of times, then set aside as a dead letter (<see cref="DeadLetters"/>),
/// so it never stops the intake and is never lost.
/// </summary>
public sealed class UpdateUnitOfWork(
    IServiceScopeFactory scopes, TimeProvider time, DatabaseRetry retry, DeadLetters deadLetters, OutboxSignal outbox,
    ReplyCooldown cooldown, HipKneeMetrics metrics, ILogger<UpdateUnitOfWork> logger, AdminCommands? admin = null)
{
    private const int MaxAttempts = 3;

    /// <summary>
    /// Returns true when the update's transaction committed, false when it had been handled before or was set aside
    /// as a dead letter; only once one of those happened (or <paramref name="ct"/> ends), however long the database is away.
    /// </summary>
    /// <param name="json">The update as received, kept in its dead letter should it come to that.</param>
    /// <param name="acknowledge">Runs inside the committing transaction (the handling's or the dead letter's), e.g.
    /// to delete the update's inbox row, so the update leaves its intake exactly when it is done with.</param>
    public async Task<bool> RunAsync(IChatUpdate update, string? json, Func<HipKneeDbContext, CancellationToken, Task>? acknowledge, CancellationToken ct)
    {
        using var timer = metrics.UpdateHandling.NewTimer();
        var what = $"update {update.UpdateId} for chat {update.ChatId}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var handled = await retry.RunAsync(what, token => HandleAsync(update, acknowledge, token), ct);
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
                await SetAsideAsync(update, json, Describe(ex), acknowledge, what, ct);
                return false;
            }
        }
    }

    private async Task<bool> HandleAsync(IChatUpdate update, Func<HipKneeDbContext, CancellationToken, Task>? acknowledge, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginOrCloseAsync(ct);
        if (update.UpdateId is { } seen && await db.ProcessedUpdates.AnyAsync(p => p.UpdateId == seen, ct))
        {
            return false;
        }

        var attachments = new List<Reply>();
        string? served = null;
        switch (update)
        {
            case IncomingUpdate incoming:
                served = await CoachAsync(db, incoming, now, attachments, ct);
                break;
            case MembershipChange change:
                await ChatNotices.ApplyAsync(db, change, now, ct);
                break;
            case GroupChatActivity activity:
                await ChatNotices.ApplyAsync(db, activity, now, ct);
                break;
            case SlowDownNotice notice:
                await ChatNotices.ApplyAsync(db, notice, now, ct);
                break;
        }

        if (update.UpdateId is { } id)
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = id, ProcessedAt = now });
        }

        if (acknowledge is not null)
        {
            await acknowledge(db, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (served is { } command)
        {
            cooldown.MarkServed(update.ChatId, command, now);
        }

        if (attachments.Count > 0)
        {
            await AttachmentsAfterCommit.WriteAsync(db, update.ChatId, attachments, now, ct);
        }

        return true;
    }

    /// <summary>Runs the coach (or an admin command); returns the command served, for the cooldown once committed.</summary>
    private async Task<string?> CoachAsync(HipKneeDbContext db, IncomingUpdate update, DateTimeOffset now, List<Reply> attachments, CancellationToken ct)
    {
        if (admin is not null && await admin.TryHandleAsync(db, update, now, ct))
        {
            return null;
        }

        var user = await db.Users.FindAsync([update.ChatId], ct);
        var command = ReplyCooldown.CommandOf(update.Input);
        if (command is not null && user is not null && cooldown.IsCoolingDown(update.ChatId, command, now))
        {
            var texts = (ICooldownTexts)CoachTexts.For(user.Language);
            OutboxWriter.Add(db, update.ChatId, update.CallbackQueryId, [new TextReply(texts.JustSentYouThat)], now);
            return null;
        }

        if (user is null)
        {
            user = UserStateMapping.NewUser(update.ChatId, update.LanguageCode, now);
            db.Users.Add(user);
        }

        await UserDecision.ApplyAsync(db, metrics, user, update.Input, now, ct, update.CallbackQueryId, update.LanguageCode, attachments: attachments);
        user.IsActive = true;
        return command;
    }

    private async Task SetAsideAsync(IChatUpdate update, string? json, string error, Func<HipKneeDbContext, CancellationToken, Task>? acknowledge, string what, CancellationToken ct)
    {
        try
        {
            await retry.RunAsync($"the dead letter of {what}", token => deadLetters.SetAsideAsync(update, json, error, acknowledge, token), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical("Update {UpdateId} for chat {ChatId} could not be set aside either ({Error}); it is skipped", update.UpdateId, update.ChatId, Describe(ex));
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => "the user was changed concurrently",
        DbUpdateException { InnerException: { } inner } => $"{ex.GetType().Name}: {inner.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
