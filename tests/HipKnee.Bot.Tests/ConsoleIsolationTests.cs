using HipKnee.Bot.Console;
using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests;

/// <summary>Console mode pointed at a database with real users in it touches only its own local chat.</summary>
public sealed class ConsoleIsolationTests
{
    private const long Runner = 8008;

    [Fact]
    public async Task Console_mode_never_prints_or_marks_another_users_pending_message()
    {
        using var db = new TestDatabase();
        var output = new StringWriter();
        using var host = ConsoleHost.Build(["--console", $"--ConnectionStrings:HipKnee={db.ConnectionString}"], new ConsoleStreams(new StringReader("/help\n"), output));
        Assert.Null(await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));
        await using (var seed = db.Open())
        {
            seed.Outbox.Add(new OutboxMessage
            {
                ChatId = Runner, Kind = OutboxKind.Message, Text = "a real user's reminder", Status = OutboxStatus.Pending,
                CreatedAt = DateTimeOffset.UnixEpoch, NextAttemptAt = DateTimeOffset.UnixEpoch,
            });
            await seed.SaveChangesAsync();
        }

        await host.RunAsync().WaitAsync(Waits.Long);

        Assert.DoesNotContain("a real user's reminder", output.ToString());
        await using var check = db.Open();
        Assert.Equal(OutboxStatus.Pending, await check.Outbox.Where(m => m.ChatId == Runner).Select(m => m.Status).SingleAsync());
        Assert.True(await check.Outbox.AnyAsync(m => m.ChatId == ConsoleChatService.LocalChatId && m.Status == OutboxStatus.Sent));
    }
}
