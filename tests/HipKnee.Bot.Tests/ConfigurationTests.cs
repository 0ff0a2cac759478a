using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Missing_token_exits_with_code_2_and_one_line_naming_the_key()
    {
        using var bot = BotProcess.Start(["--Urls=http://127.0.0.1:0"]);
        var exitCode = await bot.WaitForExitAsync(Waits.Long);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram:BotToken is missing", line);
    }

    [Fact]
    public async Task Malformed_token_exits_with_code_2_without_printing_the_token()
    {
        const string secret = "not-a-token-SECRETVALUE";
        using var bot = BotProcess.Start(["--Urls=http://127.0.0.1:0"], new Dictionary<string, string> { ["Telegram__BotToken"] = secret });
        var exitCode = await bot.WaitForExitAsync(Waits.Long);

        Assert.Equal(2, exitCode);
        Assert.Contains("Telegram:BotToken is malformed", bot.Output);
        Assert.DoesNotContain("SECRETVALUE", bot.Output);
    }

    [Fact]
    public async Task Unreachable_database_path_exits_with_code_2_and_a_clear_message()
    {
        using var bot = BotProcess.Start(
        [
            $"--Telegram:BotToken={BotTestHost.Token}",
            "--Telegram:ApiBaseUrl=http://127.0.0.1:9",
            "--ConnectionStrings:HipKnee=Data Source=/nonexistent-dir/sub/hipknee.db",
            "--Urls=http://127.0.0.1:0",
        ]);
        var exitCode = await bot.WaitForExitAsync(Waits.Long);

        Assert.Equal(2, exitCode);
        Assert.Contains("Cannot open the database '/nonexistent-dir/sub/hipknee.db'", bot.Output);
        Assert.DoesNotContain(BotTestHost.Token, bot.Output);
    }

    [Theory]
    [InlineData("--Telegram:WebhookSecret=", "Telegram:WebhookSecret is required in webhook mode")]
    [InlineData("--Telegram:WebhookSecret=has spaces and $ymbols SECRETVALUE", "Telegram:WebhookSecret must be 16-256 characters")]
    [InlineData("--Telegram:WebhookSecret=SECRETVALUE-15c", "Telegram:WebhookSecret must be 16-256 characters")]
    [InlineData("--Telegram:WebhookSecret=good-secret_16chars", "Telegram:WebhookUrl is required in webhook mode")]
    public async Task Webhook_mode_with_a_missing_or_bad_setting_exits_with_code_2_naming_the_key(string secretArgument, string expected)
    {
        using var bot = BotProcess.Start(
        [
            $"--Telegram:BotToken={BotTestHost.Token}",
            "--Telegram:Mode=Webhook",
            secretArgument,
            "--Urls=http://127.0.0.1:0",
        ]);
        var exitCode = await bot.WaitForExitAsync(Waits.Long);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, bot.Output);
        Assert.DoesNotContain("SECRETVALUE", bot.Output);
        Assert.DoesNotContain(BotTestHost.Token, bot.Output);
    }
}
