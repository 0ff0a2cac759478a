using System.Net;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>A token Telegram refuses, at start and while running.</summary>
public sealed class RefusedTokenTests : FakeApiTest
{
    [Fact]
    public async Task A_revoked_token_pauses_all_sending_keeps_messages_pending_reports_unhealthy_and_resumes_once_accepted()
    {
        long[] chats = [75001, 75002];
        var logs = new CapturingLoggerProvider();
        await using var host = await BotTestHost.StartAsync(Api, Db, logs: logs);
        Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(host));

        Api.RevokeToken();
        var expected = await OutboxSeed.AddAsync(Db, chats, perChat: 3);
        host.Services.GetRequiredService<OutboxSignal>().Notify();
        await Api.WaitForCallAsync(c => c.Is("sendMessage") && c.Failed, Waits.Long);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        // The fake records the refused call before the bot has read its 401.
        await Waits.UntilAsync(async () => (await http.GetAsync("/health")).StatusCode != HttpStatusCode.OK, "/health to report the refused token");
        var response = await http.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Telegram refused Telegram:BotToken (401 Unauthorized)", body);
        Assert.DoesNotContain(BotTestHost.Token, body);
        Assert.All(chats, chat => Assert.Empty(Api.TextsSentTo(chat)));
        Assert.Contains(logs.Lines, line => line.StartsWith("Critical", StringComparison.Ordinal) && line.Contains("Telegram refused the bot token"));
        foreach (var chat in chats)
        {
            Assert.All(await OutboxSeed.RowsAsync(Db, chat), row => Assert.Equal(OutboxStatus.Pending, row.Status));
        }

        Api.AcceptTokenAgain();
        foreach (var chat in chats)
        {
            await Api.WaitForSentCountAsync(chat, 3, Waits.Long);
            Assert.Equal(expected[chat], Api.TextsSentTo(chat));
        }

        Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(host));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(BotTestHost.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_Telegram_refuses_at_start_stops_the_bot_with_one_line_naming_the_key_and_exit_code_2()
    {
        const string wrong = "123456:WRONG-token_abcdefghijklmnopqrstuvwxyz";
        var args = BotTestHost.Arguments(Api, Db).Select(arg => arg.StartsWith("--Telegram:BotToken=", StringComparison.Ordinal) ? $"--Telegram:BotToken={wrong}" : arg);
        using var bot = BotProcess.Start(args);
        var exitCode = await bot.WaitForExitAsync(Waits.Long);

        Assert.Equal(2, exitCode);
        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, bot.Output);
        Assert.Contains("Telegram:BotToken was refused by Telegram", lines[0]);
        Assert.DoesNotContain("WRONG-token", bot.Output);
    }

    [Fact]
    public async Task The_example_files_placeholder_token_is_refused_as_such_with_exit_code_2()
    {
        using var bot = BotProcess.Start(["--Urls=http://127.0.0.1:0"],
            new Dictionary<string, string> { ["Telegram__BotToken"] = "123456789:replace-with-the-token-from-BotFather" });
        var exitCode = await bot.WaitForExitAsync(Waits.Long);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram:BotToken is still the example placeholder", line);
    }
}
