using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>What the sender asks the outbox table.</summary>
internal static class OutboxQueries
{
    /// <summary>
    /// The chats, oldest first, whose first pending reply is due, leaving out <paramref name="excluded"/>. Walks the
    /// pending replies alone (index Status, Topic, Id), so a fan-out of any size in the outbox does not slow it.
    /// </summary>
    public static Task<List<long>> ChatsWithDueRepliesAsync(HipKneeDbContext db, IReadOnlyCollection<long> excluded, DateTimeOffset now, int limit, CancellationToken ct) =>
        db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.Topic == OutboxTopic.Reply && m.NextAttemptAt <= now && !excluded.Contains(m.ChatId))
            .Where(m => !db.Outbox.Any(earlier => earlier.ChatId == m.ChatId && earlier.Status == OutboxStatus.Pending
                && earlier.Topic == OutboxTopic.Reply && earlier.Id < m.Id))
            .OrderBy(m => m.Id)
            .Select(m => m.ChatId)
            .Take(limit)
            .ToListAsync(ct);

    /// <summary>
    /// The first pending message of each chat, oldest first, where that message is a due bulk one (a reminder, summary
    /// or broadcast) and no courier serves the chat yet. A chat whose first pending message is a reply is found by
    /// <see cref="ChatsWithDueRepliesAsync"/>.
    /// </summary>
    public static async Task<List<BulkHead>> DueBulkHeadsAsync(HipKneeDbContext db, IReadOnlyCollection<long> busy, DateTimeOffset now, int limit, CancellationToken ct)
    {
        var heads = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.Topic != OutboxTopic.Reply && m.NextAttemptAt <= now && !busy.Contains(m.ChatId))
            .Where(m => !db.Outbox.Any(earlier => earlier.ChatId == m.ChatId && earlier.Status == OutboxStatus.Pending && earlier.Id < m.Id))
            .OrderBy(m => m.Id)
            .Take(limit)
            .Select(m => new { Message = m, HasMore = db.Outbox.Any(later => later.ChatId == m.ChatId && later.Status == OutboxStatus.Pending && later.Id > m.Id) })
            .ToListAsync(ct);
        return heads.Select(head => new BulkHead(head.Message, head.HasMore)).ToList();
    }

    /// <summary>A chat's first <paramref name="take"/> pending messages, in order.</summary>
    public static Task<List<OutboxMessage>> ChatPendingAsync(HipKneeDbContext db, long chatId, int take, CancellationToken ct) =>
        db.Outbox.AsNoTracking()
            .Where(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.Id)
            .Take(take)
            .ToListAsync(ct);

    public static Task<int> CountPendingAsync(HipKneeDbContext db, long chatId, CancellationToken ct) =>
        db.Outbox.CountAsync(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending, ct);

    /// <summary>Drops a chat's <paramref name="count"/> oldest pending messages that are not replies; returns how many went.</summary>
    public static Task<int> DropOldestBulkAsync(HipKneeDbContext db, long chatId, int count, string reason, CancellationToken ct) =>
        db.Outbox
            .Where(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending && m.Topic != OutboxTopic.Reply)
            .OrderBy(m => m.Id)
            .Take(count)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Dropped).SetProperty(m => m.Error, reason), ct);

    public static Task<int> DropAsync(HipKneeDbContext db, long messageId, string reason, CancellationToken ct) =>
        db.Outbox
            .Where(m => m.Id == messageId && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Dropped).SetProperty(m => m.Error, reason), ct);

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
