using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>Files never sent because the user blocked the bot keep no copy of their bytes, like sent ones.</summary>
public sealed class DroppedFilesTests : FakeApiTest
{
    [Fact]
    public async Task A_blocked_users_pending_files_are_dropped_without_their_bytes()
    {
        const long chat = 76001;
        Api.BlockChat(chat);
        await OutboxSeed.AddRowsAsync(Db, [OutboxSeed.Row(chat, "hello"), OutboxSeed.Row(chat, "chart", kind: OutboxKind.Photo), OutboxSeed.Row(chat, "export", kind: OutboxKind.Document)]);

        await using (await BotTestHost.StartAsync(Api, Db))
        {
            await Waits.UntilAsync(async () =>
            {
                await using var db = Db.Open();
                return !await db.Outbox.AnyAsync(m => m.ChatId == chat && m.Status == OutboxStatus.Pending);
            }, "the blocked chat's messages to be settled");
        }

        await using var check = Db.Open();
        var files = await check.Outbox.Where(m => m.ChatId == chat && m.Kind != OutboxKind.Message).ToListAsync();
        Assert.Equal(2, files.Count);
        Assert.All(files, file => Assert.Equal(OutboxStatus.Dropped, file.Status));
        Assert.All(files, file => Assert.Null(file.Payload));
    }
}
