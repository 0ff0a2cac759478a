using HipKnee.Bot.Tests.Corpus;
using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

public sealed class TokenSecrecyTests : FakeApiTest
{
    private const long Runner = 4004, Blocked = 4005, Gone = 4006;

    [Fact]
    public async Task The_token_never_appears_in_any_log_line_even_when_the_bot_api_fails()
    {
        var logs = new CapturingLoggerProvider();
        Api.FailNext("getMe", 502, "Bad Gateway");
        Api.FailNext("getUpdates", 500, "Internal Server Error");
        Api.DropNextConnection("getUpdates");
        Api.FailNext("sendMessage", 502, "Bad Gateway", chatId: Runner);
        Api.DropNextConnection("sendMessage", chatId: Runner);
        Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: Runner);
        Api.FailNext("answerCallbackQuery", 400, "Bad Request: query is too old");
        Api.BlockChat(Blocked);
        Api.BlockChat(Gone, 400, "Bad Request: chat not found");

        await using (await BotTestHost.StartAsync(Api, Db, logs: logs))
        {
            var intake = new SettledIntake(Api, Db);
            await intake.SendTextAsync(Runner, "/train");
            Api.EnqueueCallback(Runner, "d:1:0");
            await Api.WaitForSentCountAsync(Runner, 2, Waits.Long);
            await intake.SendTextAsync(Blocked, "/start");
            await intake.SendTextAsync(Gone, "/start");
            await intake.SendRawAsync(CorpusDocument.Load("unreadable_lone_surrogate.json").Json);
        }

        Assert.Contains(logs.Lines, line => line.Contains("getUpdates failed", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("will be retried", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains($"Chat {Blocked} cannot be reached", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("could not be read and is skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(BotTestHost.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("TEST-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_users_write_and_what_the_bot_answers_never_appear_in_logs_above_debug()
    {
        var logs = new CapturingLoggerProvider();
        const string secret = "my knee hurts since the marathon";

        await using (await BotTestHost.StartAsync(Api, Db, logs: logs))
        {
            var intake = new SettledIntake(Api, Db);
            await intake.SendTextAsync(Runner, secret);
            await intake.SendTextAsync(Runner, "/train");
        }

        var aboveDebug = logs.Lines.Where(line => !line.StartsWith("Debug", StringComparison.Ordinal) && !line.StartsWith("Trace", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(aboveDebug);
        Assert.DoesNotContain(aboveDebug, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(aboveDebug, line => line.Contains("Forward lunge", StringComparison.Ordinal));
    }
}
