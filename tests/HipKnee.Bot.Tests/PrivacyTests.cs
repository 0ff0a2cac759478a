using System.Reflection;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Leases;

namespace HipKnee.Bot.Tests;

public sealed class PrivacyTests
{
    private const long Other = 7007;
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Entity types that hold no chat id: set results (checked through their sessions below), update ids and instance leases.</summary>
    // PictureUpload: Telegram's file id of a picture shared by everyone, nothing about a user.
    private static readonly HashSet<Type> WithoutChatId = [typeof(SetResultRecord), typeof(ProcessedUpdate), typeof(LeaseRecord), typeof(PictureUpload)];

    [Fact]
    public async Task Delete_after_confirming_leaves_no_row_of_the_user_in_any_table_and_keeps_everyone_else()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        foreach (var chat in new[] { ReminderScenario.Runner, Other })
        {
            await scenario.TrainFullyAsync(chat);
        }

        await scenario.PressAsync("n:x:20260105");
        var sessionIds = await SessionIdsAsync(scenario, ReminderScenario.Runner);
        Assert.Contains("can't be undone", await scenario.SayAsync("/deletemydata"));
        var before = scenario.Api.TextsSentTo(ReminderScenario.Runner).Count;

        await scenario.PressAsync("del:y");

        await scenario.Api.WaitForSentCountAsync(ReminderScenario.Runner, before + 1, Waits.Long);
        Assert.StartsWith("Done: everything I stored about you is deleted", scenario.Api.TextsSentTo(ReminderScenario.Runner)[^1]);
        await using var db = scenario.OpenDatabase();
        await WaitUntilAsync(() => db.Outbox.AnyAsync(m => m.ChatId == ReminderScenario.Runner), expected: false);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            // Every column that names a chat (ChatId, AdminChatId, …) is checked; a table without one must be known here.
            var chatColumns = entity.GetProperties().Where(p => p.Name.EndsWith("ChatId", StringComparison.Ordinal) && p.ClrType == typeof(long)).ToList();
            if (chatColumns.Count == 0)
            {
                Assert.Contains(entity.ClrType, WithoutChatId);
                continue;
            }

            var count = typeof(PrivacyTests).GetMethod(nameof(RowsOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity.ClrType);
            foreach (var column in chatColumns)
            {
                var left = await (Task<int>)count.Invoke(null, [db, column.Name, ReminderScenario.Runner])!;
                Assert.True(left == 0, $"{entity.GetTableName()}.{column.Name} still holds {left} rows of the user");
            }
        }

        Assert.False(await db.SetResults.AnyAsync(r => sessionIds.Contains(r.SessionId)));
        Assert.Equal(8, await db.SetResults.CountAsync());
        Assert.Equal(1, await db.Sessions.CountAsync(s => s.ChatId == Other));
        Assert.Equal(1, await db.PainEntries.CountAsync(p => p.ChatId == Other));
        Assert.True(await db.Users.AnyAsync(u => u.ChatId == Other));
    }

    [Fact]
    public async Task After_deleting_the_user_starts_fresh_and_a_stale_confirmation_deletes_nothing()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainFullyAsync(ReminderScenario.Runner);
        await scenario.SayAsync("/deletemydata");
        scenario.Time.Advance(TimeSpan.FromMinutes(11));

        await scenario.PressAsync("del:y");

        await using var db = scenario.OpenDatabase();
        Assert.Equal(1, await db.Sessions.CountAsync(s => s.ChatId == ReminderScenario.Runner));
    }

    /// <summary>The erase confirmation goes out through the outbox and is deleted once sent; this waits for that.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, bool expected)
    {
        for (var attempt = 0; await condition() != expected; attempt++)
        {
            Assert.True(attempt < 300, "the outbox kept the erased user's messages");
            await Task.Delay(100);
        }
    }

    private static Task<int> RowsOfAsync<T>(HipKneeDbContext db, string column, long chatId) where T : class =>
        db.Set<T>().CountAsync(row => EF.Property<long>(row, column) == chatId);

    private static async Task<List<long>> SessionIdsAsync(ReminderScenario scenario, long chat)
    {
        await using var db = scenario.OpenDatabase();
        return await db.Sessions.Where(s => s.ChatId == chat).Select(s => s.Id).ToListAsync();
    }
}
