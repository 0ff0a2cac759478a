using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

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

    public static async Task<List<OutboxMessage>> RowsAsync(TestDatabase db, long chatId)
    {
        await using var context = db.Open();
        return await context.Outbox.AsNoTracking().Where(m => m.ChatId == chatId).OrderBy(m => m.Id).ToListAsync();
    }

    private static string Text(long chat, int n) => $"chat {chat} #{n}";
}
