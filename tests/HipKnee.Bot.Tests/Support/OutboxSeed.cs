using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests.Support;

/// <summary>Puts messages straight into the outbox, as committed replies would be, for tests of the sender alone.</summary>
public static class OutboxSeed
{
    /// <summary>Texts "chat {id} #{n}", n from 1, interleaved across chats as replies to many users would be.</summary>
    public static async Task<IReadOnlyDictionary<long, string[]>> AddAsync(TestDatabase db, IReadOnlyList<long> chats, int perChat)
    {
        await using var context = db.Open();
        await context.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        for (var n = 1; n <= perChat; n++)
        {
            foreach (var chat in chats)
            {
                context.Outbox.Add(new OutboxMessage
                {
                    ChatId = chat, Kind = OutboxKind.Message, Text = Text(chat, n), Status = OutboxStatus.Pending, CreatedAt = now, NextAttemptAt = now,
                });
            }
        }

        await context.SaveChangesAsync();
        return chats.ToDictionary(chat => chat, chat => Enumerable.Range(1, perChat).Select(n => Text(chat, n)).ToArray());
    }

    /// <summary>One pending row, due now; add it with <see cref="AddRowsAsync"/>.</summary>
    public static OutboxMessage Row(long chatId, string text, OutboxTopic topic = OutboxTopic.Reply, OutboxKind kind = OutboxKind.Message) => new()
    {
        ChatId = chatId, Kind = kind, Text = text, Topic = topic, Status = OutboxStatus.Pending, CreatedAt = DateTimeOffset.UtcNow,
        NextAttemptAt = DateTimeOffset.UtcNow, Payload = kind is OutboxKind.Photo or OutboxKind.Document ? [1, 2, 3] : null,
        FileName = kind is OutboxKind.Photo or OutboxKind.Document ? "file.png" : null,
    };

    /// <summary>Adds the rows in the order given (their ids follow it).</summary>
    public static async Task AddRowsAsync(TestDatabase db, IEnumerable<OutboxMessage> rows)
    {
        await using var context = db.Open();
        await context.Database.MigrateAsync();
        foreach (var row in rows)
        {
            context.Outbox.Add(row);
            await context.SaveChangesAsync();
        }
    }

    /// <summary>Training-day nudges to <paramref name="chats"/>, in that order, as a reminder scan would queue them.</summary>
    public static Task AddRemindersAsync(TestDatabase db, IEnumerable<long> chats) =>
        AddRowsAsync(db, chats.Select(chat => Row(chat, $"It's training day, chat {chat}", OutboxTopic.Reminder)));

    public static async Task<List<OutboxMessage>> RowsAsync(TestDatabase db, long chatId)
    {
        await using var context = db.Open();
        return await context.Outbox.AsNoTracking().Where(m => m.ChatId == chatId).OrderBy(m => m.Id).ToListAsync();
    }

    private static string Text(long chat, int n) => $"chat {chat} #{n}";
}
