using HipKnee.Bot.Persistence;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Outbox;

/// <summary>Writes what happened to a send into its outbox row.</summary>
public static class OutboxRowUpdate
{
    /// <summary>
    /// Applies the outcome; once final, drops the file's bytes, and removes the row when it asked to be forgotten
    /// (an erase's last words).
    /// </summary>
    public static void Finish(HipKneeDbContext db, OutboxMessage row, SendResult result, int attempts, DateTimeOffset now)
    {
        Apply(row, result, attempts, now);
        if (row.Status == OutboxStatus.Pending)
        {
            return;
        }

        // A chart or an export is the user's data: once final, the row keeps only what diagnosis needs.
        row.Payload = null;
        if (row.ForgetWhenDone)
        {
            db.Outbox.Remove(row);
        }
    }

    public static void Apply(OutboxMessage row, SendResult result, int attempts, DateTimeOffset now)
    {
        row.Attempts += attempts;
        switch (result)
        {
            case SendResult.Delivered delivered:
                row.Status = OutboxStatus.Sent;
                row.TelegramMessageId = delivered.MessageId ?? row.TelegramMessageId;
                row.SentAt = now;
                row.Error = null;
                break;
            case SendResult.RateLimited limited:
                // Still pending: the chat waits exactly as long as Telegram asked, then this message goes first.
                row.NextAttemptAt = now + limited.RetryAfter;
                row.Error = limited.Reason;
                break;
            case SendResult.ChatUnreachable unreachable:
                row.Status = OutboxStatus.Dropped;
                row.Error = unreachable.Reason;
                break;
            case SendResult.Transient transient:
                row.Status = OutboxStatus.Failed;
                row.Error = $"gave up after {row.Attempts} attempts: {transient.Reason}";
                break;
            case SendResult.Rejected rejected:
                row.Status = OutboxStatus.Failed;
                row.Error = rejected.Reason;
                break;
        }
    }
}
