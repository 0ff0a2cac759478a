using HipKnee.Bot.Options;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Tests;

/// <summary>The options registration checks with the start-up check's rules and says the same one line.</summary>
public sealed class SettingsRegistrationTests
{
    [Theory]
    [InlineData("Polling:RenewSeconds", "40")]
    [InlineData("Telegram:MaxMessagesPerSecond", "0")]
    [InlineData("Telegram:WebhookSecret", "short")]
    [InlineData("Reminders:ScanCron", "every minute")]
    public void A_broken_rule_fails_the_registration_with_the_start_up_check_line(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = BotTestHost.Token,
            [key] = value,
        }).Build();
        using var services = new ServiceCollection()
            .AddSettings<TelegramOptions>(configuration, TelegramOptions.Section)
            .AddSettings<PollingOptions>(configuration, PollingOptions.Section)
            .AddSettings<RemindersOptions>(configuration, RemindersOptions.Section)
            .BuildServiceProvider();
        var expected = SettingsCheck.ForBot(configuration);

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => key.Split(':')[0] switch
        {
            TelegramOptions.Section => (object)services.GetRequiredService<IOptions<TelegramOptions>>().Value,
            PollingOptions.Section => services.GetRequiredService<IOptions<PollingOptions>>().Value,
            _ => services.GetRequiredService<IOptions<RemindersOptions>>().Value,
        });

        Assert.NotNull(expected);
        Assert.Equal(expected, Assert.Single(failure.Failures));
    }

    [Fact]
    public void Valid_settings_pass_the_registration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = BotTestHost.Token }).Build();
        using var services = new ServiceCollection().AddSettings<TelegramOptions>(configuration, TelegramOptions.Section).BuildServiceProvider();

        Assert.Equal(BotTestHost.Token, services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken);
    }
}
