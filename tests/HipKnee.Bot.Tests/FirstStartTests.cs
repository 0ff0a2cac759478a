using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

/// <summary>A newcomer's first start on a fresh database: it answers, and nothing in its output looks like trouble.</summary>
public sealed class FirstStartTests : FakeApiTest
{
    private const long Runner = 4004;

    [Fact]
    public async Task First_start_on_a_fresh_database_answers_and_logs_no_warning()
    {
        using var bot = BotProcess.Start(BotTestHost.Arguments(Api, Db));
        Api.EnqueueText(Runner, "/start");
        await Api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        bot.Terminate();

        Assert.Equal(0, await bot.WaitForExitAsync(Waits.Long));
        Assert.DoesNotContain("warn:", bot.Output);
        Assert.DoesNotContain("fail:", bot.Output);
        Assert.DoesNotContain("crit:", bot.Output);
    }
}
