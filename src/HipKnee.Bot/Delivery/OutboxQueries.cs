using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Delivery;

/// <summary>What the sender asks the outbox table.</summary>
internal static class OutboxQueries
{
    /// <summary>
    /// The first pending message of each chat that no courier serves yet, oldest first, where that message is due.
    /// Only the first pending message of a chat decides: a later one never overtakes it.
    /// </summary>
    public static Task<List<OutboxMessage>> DueChatHeadsAsync(HipKneeDbContext db, IReadOnlyCollection<long> busy, DateTimeOffset now, int limit, CancellationToken ct) =>
        db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && !busy.Contains(m.ChatId))
            .Where(m => !db.Outbox.Any(earlier => earlier.ChatId == m.ChatId && earlier.Status == OutboxStatus.Pending && earlier.Id < m.Id))
            .OrderBy(m => m.Id)
            .Take(limit)
            .ToListAsync(ct);

    /// <summary>A chat's pending messages after <paramref name="after"/>, in order.</summary>
    public static Task<List<OutboxMessage>> ChatPageAsync(HipKneeDbContext db, long chatId, long after, int take, CancellationToken ct) =>
        db.Outbox.AsNoTracking()
            .Where(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending && m.Id > after)
            .OrderBy(m => m.Id)
            .Take(take)
            .ToListAsync(ct);

    /// <summary>
    /// For an edit, finds the message it changes (the chat's latest sent message with its tag) and notes its Telegram id
    /// on the edit; false when there is none, so there is nothing to send. True for every other kind.
    /// </summary>
    public static async Task<bool> ResolveEditAsync(HipKneeDbContext db, OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind != OutboxKind.Edit)
        {
            return true;
        }

        message.TelegramMessageId = await db.Outbox
            .Where(m => m.ChatId == message.ChatId && m.Tag == message.Tag && m.Kind == OutboxKind.Message && m.TelegramMessageId != null)
            .OrderByDescending(m => m.Id)
            .Select(m => m.TelegramMessageId)
            .FirstOrDefaultAsync(ct);
        return message.TelegramMessageId is not null;
    }

    /// <summary>When the next message held back by a 429 becomes due, if any is.</summary>
    public static async Task<DateTimeOffset?> NextDeferredAsync(HipKneeDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var next = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt > now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => new { m.NextAttemptAt })
            .FirstOrDefaultAsync(ct);
        return next?.NextAttemptAt;
    }
}
