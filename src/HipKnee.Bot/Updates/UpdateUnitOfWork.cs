using HipKnee.Bot.Admin;
using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;
using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Prometheus;

namespace HipKnee.Bot.Updates;

/// <summary>
/// One update, whichever intake it came from, in its own DI scope and transaction: skip it if its update id was
/// handled before, load the user, let the coach decide, stage the new state, the session records, the replies
/// (outbox) and the processed update id, and commit; then wake the sender and write the files it asked for.
/// When the database itself fails (unreachable, locked, read-only), the update waits and is tried again until the
/// database is back (<see cref="DatabaseRetry"/>): an outage never costs an update. An update that fails against a
/// working database is tried a bounded number of times, then set aside as a dead letter (with its processed id, so a
/// redelivery is not handled again), so it never stops the intake and is never lost.
/// </summary>
public sealed class UpdateUnitOfWork(
    IServiceScopeFactory scopes, TimeProvider time, DatabaseRetry retry, OutboxSignal outbox, ReplyCooldown cooldown,
    HipKneeMetrics metrics, SecretRedactor redactor, ILogger<UpdateUnitOfWork> logger, AdminCommands? admin = null)
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
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var handled = await retry.RunAsync($"update {update.UpdateId} for chat {update.ChatId}", token => HandleAsync(update, acknowledge, token), ct);
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
                await SetAsideAsync(update, json, Describe(ex), acknowledge, ct);
                return false;
            }
        }
    }

    private Task<bool> HandleAsync(IChatUpdate update, Func<HipKneeDbContext, CancellationToken, Task>? acknowledge, CancellationToken ct)
    {
        var attachments = new List<Reply>();
        string? served = null;
        return CommitAsync(update, acknowledge, async (db, now) => served = await StageAsync(db, update, now, attachments, ct), async (db, now) =>
        {
            if (served is { } command)
            {
                cooldown.MarkServed(update.ChatId, command, now);
            }

            if (attachments.Count > 0)
            {
                await AttachmentsAfterCommit.WriteAsync(db, update.ChatId, attachments, now, ct);
            }
        }, ct);
    }

    /// <summary>Sets the update aside with its processed id and acknowledgement, unless it was handled in the meantime.</summary>
    private async Task SetAsideAsync(IChatUpdate update, string? json, string error, Func<HipKneeDbContext, CancellationToken, Task>? acknowledge, CancellationToken ct)
    {
        try
        {
            await retry.RunAsync($"the dead letter of update {update.UpdateId} for chat {update.ChatId}", token => CommitAsync(update, acknowledge, (db, now) =>
            {
                db.DeadLetters.Add(new DeadLetter { UpdateId = update.UpdateId, ChatId = update.ChatId, Json = json ?? "", Error = error[..Math.Min(error.Length, 2048)], FailedAt = now });
                return Task.CompletedTask;
            }, afterCommit: null, token), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical("Update {UpdateId} for chat {ChatId} could not be set aside either ({Error}); it is skipped", update.UpdateId, update.ChatId, Describe(ex));
        }
    }

    /// <summary>
    /// One scope and transaction: false, with nothing written, when the update id was handled before; otherwise
    /// <paramref name="stage"/>, the processed id and the acknowledgement committed together, then <paramref name="afterCommit"/>.
    /// </summary>
    private async Task<bool> CommitAsync(IChatUpdate update, Func<HipKneeDbContext, CancellationToken, Task>? acknowledge,
        Func<HipKneeDbContext, DateTimeOffset, Task> stage, Func<HipKneeDbContext, DateTimeOffset, Task>? afterCommit, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginOrCloseAsync(ct);
        if (update.UpdateId is { } seen && await db.ProcessedUpdates.AnyAsync(p => p.UpdateId == seen, ct))
        {
            return false;
        }

        await stage(db, now);
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
        if (afterCommit is not null)
        {
            await afterCommit(db, now);
        }

        return true;
    }

    /// <summary>Lets the coach (or an admin command, or a chat notice) act; returns the command served, for the cooldown once committed.</summary>
    private async Task<string?> StageAsync(HipKneeDbContext db, IChatUpdate update, DateTimeOffset now, List<Reply> attachments, CancellationToken ct)
    {
        switch (update)
        {
            case MembershipChange change:
                await ChatNotices.ApplyAsync(db, change, now, ct);
                return null;
            case GroupChatActivity activity:
                await ChatNotices.ApplyAsync(db, activity, now, ct);
                return null;
            case SlowDownNotice notice:
                await ChatNotices.ApplyAsync(db, notice, now, ct);
                return null;
            case IncomingUpdate incoming:
                return admin is not null && await admin.TryHandleAsync(db, incoming, now, ct) ? null : await CoachAsync(db, incoming, now, attachments, ct);
            default:
                return null;
        }
    }

    private async Task<string?> CoachAsync(HipKneeDbContext db, IncomingUpdate update, DateTimeOffset now, List<Reply> attachments, CancellationToken ct)
    {
        var user = await db.Users.FindAsync([update.ChatId], ct);
        var command = ReplyCooldown.CommandOf(update.Input);
        if (command is not null && user is not null && cooldown.IsCoolingDown(update.ChatId, command, now))
        {
            var texts = (ICooldownTexts)CoachTexts.For(user.Language);
            OutboxWriter.Add(db, update.ChatId, update.CallbackQueryId, [new TextReply(texts.JustSentYouThat)], now);
            return null;
        }

        user ??= db.Users.Add(UserStateMapping.NewUser(update.ChatId, update.LanguageCode, now)).Entity;
        await UserDecision.ApplyAsync(db, metrics, user, update.Input, now, ct, update.CallbackQueryId, update.LanguageCode, attachments: attachments);
        return command;
    }

    private string Describe(Exception ex) =>
        ex is DbUpdateConcurrencyException ? "the user was changed concurrently" : redactor.Describe(ex);
}
