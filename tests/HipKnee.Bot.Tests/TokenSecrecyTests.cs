using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

public sealed class TokenSecrecyTests
{
    private const long Runner = 4004;

    [Fact]
    public async Task The_token_never_appears_in_any_log_line_even_when_the_bot_api_fails()
    {
        using var db = new TestDatabase();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        var logs = new CapturingLoggerProvider();
        api.FailNext("getUpdates", 500, "Internal Server Error");
        api.DropNextConnection("getUpdates");
        api.FailNext("sendMessage", 502, "Bad Gateway");
        api.FailNext("answerCallbackQuery", 400, "Bad Request: query is too old");

        await using (await BotTestHost.StartAsync(api, db, logs: logs))
        {
            api.EnqueueText(Runner, "/train");
            api.EnqueueCallback(Runner, "d:1:0");
            await api.WaitForSentCountAsync(Runner, 2, Waits.Long);
        }

        Assert.Contains(logs.Lines, line => line.Contains("getUpdates failed", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("will be retried", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(BotTestHost.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("TEST-token", StringComparison.Ordinal));
    }
}
