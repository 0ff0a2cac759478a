using HipKnee.Bot.Observability;
using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Outbox;

/// <summary>
/// Sends pending outbox messages oldest first. A chat whose message must wait (rate limit, retry back-off)
/// is held for the rest of the pass, so one chat's messages always arrive in order.
/// </summary>
public sealed class OutboxDrainer(IServiceScopeFactory scopes, IReplyTransport transport, TimeProvider time, HipKneeMetrics metrics, ILogger<OutboxDrainer> logger)
{
    private const int BatchSize = 100;
    private const int MaxAttempts = 8;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(2);

    /// <summary>Sends what is due; returns true when a full batch was processed and more may be waiting.</summary>
    public async Task<bool> DrainOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var pending = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        var held = new HashSet<long>();
        var progressed = false;
        foreach (var message in pending)
        {
            if (held.Contains(message.ChatId) || message.NextAttemptAt > time.GetUtcNow())
            {
                held.Add(message.ChatId);
                continue;
            }

            var result = message.Kind == OutboxKind.Edit && !await ResolveEditTargetAsync(db, message, ct)
                ? SendResult.Sent // the message to edit never went out: nothing to change
                : await transport.SendAsync(message, ct);
            Record(message, result);
            if (message.Status != OutboxStatus.Sent)
            {
                held.Add(message.ChatId);
            }

            if (message.ForgetWhenDone && message.Status != OutboxStatus.Pending)
            {
                db.Outbox.Remove(message);
            }

            progressed = true;
            await db.SaveChangesAsync(ct);
        }

        return progressed && pending.Count == BatchSize;
    }

    /// <summary>An edit changes the chat's latest sent message with its tag; false when there is none.</summary>
    private static async Task<bool> ResolveEditTargetAsync(HipKneeDbContext db, OutboxMessage edit, CancellationToken ct)
    {
        edit.TelegramMessageId = await db.Outbox
            .Where(m => m.ChatId == edit.ChatId && m.Tag == edit.Tag && m.Kind == OutboxKind.Message && m.TelegramMessageId != null)
            .OrderByDescending(m => m.Id)
            .Select(m => m.TelegramMessageId)
            .FirstOrDefaultAsync(ct);
        return edit.TelegramMessageId is not null;
    }

    private void Record(OutboxMessage message, SendResult result)
    {
        var now = time.GetUtcNow();
        message.Attempts++;
        switch (result)
        {
            case SendResult.Delivered delivered:
                metrics.RepliesSent.WithLabels(message.Kind.ToString()).Inc();
                message.TelegramMessageId = delivered.MessageId ?? message.TelegramMessageId;
                message.Status = OutboxStatus.Sent;
                message.SentAt = now;
                message.Error = null;
                break;
            case SendResult.Retry retry when message.Attempts < MaxAttempts:
                message.Error = retry.Reason;
                message.NextAttemptAt = now + (retry.After ?? Backoff(message.Attempts));
                logger.LogWarning("Message {MessageId} to chat {ChatId} will be retried: {Reason}", message.Id, message.ChatId, retry.Reason);
                break;
            case SendResult.Retry retry:
                Park(message, $"gave up after {message.Attempts} attempts: {retry.Reason}");
                break;
            case SendResult.Rejected rejected:
                Park(message, rejected.Reason);
                break;
        }
    }

    private void Park(OutboxMessage message, string reason)
    {
        message.Status = OutboxStatus.Failed;
        message.Error = reason;
        logger.LogWarning("Message {MessageId} to chat {ChatId} failed: {Reason}", message.Id, message.ChatId, reason);
    }

    private static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, attempts));
        return TimeSpan.FromSeconds(seconds * (0.75 + Random.Shared.NextDouble() * 0.5));
    }
}
