using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

/// <summary>Every invalid setting stops the real process with one line naming the key and exit code 2, before the database is touched.</summary>
public sealed class BadSettingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hipknee-settings-").FullName;

    private string DatabaseFile => Path.Combine(_folder, "untouched.db");

    [Theory]
    [InlineData("Telegram:MaxMessagesPerSecond", "1000000", "Telegram:MaxMessagesPerSecond must be between 1 and 10000 (got '1000000')")]
    [InlineData("Telegram__MaxMessagesPerSecond", "abc", "Telegram:MaxMessagesPerSecond must be a whole number (got 'abc')")]
    [InlineData("Telegram__MaxMessagesPerSecond", "0", "Telegram:MaxMessagesPerSecond must be between 1 and 10000 (got '0')")]
    [InlineData("Telegram__MaxMessagesPerSecond", "", "Telegram:MaxMessagesPerSecond must be a whole number (got '')")]
    [InlineData("Reminders__ScanCron", "every minute", "Reminders:ScanCron must be a Quartz cron expression")]
    [InlineData("Retention__CleanupCron", "0 * * * *", "Retention:CleanupCron must be a Quartz cron expression")]
    [InlineData("Telegram__ApiBaseUrl", "not-a-url", "Telegram:ApiBaseUrl must be an absolute http or https URL")]
    [InlineData("Urls", "garbage", "Urls must be ;-separated http:// or https:// addresses with a port")]
    [InlineData("WebApp__Url", "http://bot.example.com/app/", "WebApp:Url must be the public absolute https URL of the Mini App")]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:99999", "'http://127.0.0.1:99999' has port 99999, outside 0-65535")]
    [InlineData("Coach__AdminChatIds__0", "abc", "Coach:AdminChatIds:0 must be a whole number (got 'abc')")]
    [InlineData("Coach__AdminChatIds", "123", "Coach:AdminChatIds is a list: give each item its own key")]
    [InlineData("Telegram__MaxMesagesPerSecond", "10", "Telegram:MaxMesagesPerSecond is not a known setting")]
    [InlineData("Telegram__Mode", "5", "Telegram:Mode must be Polling or Webhook (got '5')")]
    [InlineData("Telegram__SendRetryDelay", "2s", "Telegram:SendRetryDelay must be a duration as hh:mm:ss")]
    [InlineData("Telegram__SendGiveUpAfter", "02:00:00", "Telegram:SendGiveUpAfter must be between 00:00:01 and 01:00:00 (got '02:00:00')")]
    [InlineData("Telegram__PollingTimeoutSeconds", "60", "Telegram:PollingTimeoutSeconds must be between 0 and 50 (got '60')")]
    [InlineData("Polling__RenewSeconds", "40", "Polling:RenewSeconds (40) must be shorter than Polling:LeaseSeconds (30)")]
    [InlineData("Polling__InstanceId", "", "Polling:InstanceId field is required")]
    [InlineData("Retention__OutboxDays", "0", "Retention:OutboxDays must be between 1 and 3650 days")]
    [InlineData("Reminders__TimerTickMilliseconds", "-1", "Reminders:TimerTickMilliseconds must be between 0 and 60000 (got '-1')")]
    [InlineData("Database__Provider", "Oracle", "Database:Provider must be Sqlite or Postgres; 'Oracle' is not known")]
    [InlineData("ConnectionStrings__HipKnee", "garbage=;;x", "ConnectionStrings:HipKnee is not a Sqlite connection string")]
    public async Task Invalid_setting_is_one_line_naming_the_key_and_exit_code_2_before_the_database_is_touched(string key, string value, string expected)
    {
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = BotTestHost.Token,
            ["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["ConnectionStrings__HipKnee"] = $"Data Source={DatabaseFile}",
            ["Urls"] = "http://127.0.0.1:0",
        };
        if (key == "ASPNETCORE_URLS")
        {
            environment.Remove("Urls"); // Urls would win over it
        }

        environment[key] = value;
        using var bot = BotProcess.Start([], environment);

        Assert.Equal(2, await bot.WaitForExitAsync(Waits.Long));
        var line = Assert.Single(bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain(BotTestHost.Token, line);
        Assert.False(File.Exists(DatabaseFile), "the database was touched before the settings were checked");
    }

    [Fact]
    public async Task Console_mode_checks_the_store_settings_before_opening_the_database()
    {
        using var bot = BotProcess.Start(["--console", "--Database:Extra=1"], new Dictionary<string, string> { ["ConnectionStrings__HipKnee"] = $"Data Source={DatabaseFile}" });

        Assert.Equal(2, await bot.WaitForExitAsync(Waits.Long));
        var line = Assert.Single(bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Database:Extra is not a known setting", line);
        Assert.False(File.Exists(DatabaseFile));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
