using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HipKnee.Bot.Options;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace HipKnee.Bot.Tests;

/// <summary>The rules behind <see cref="BadSettingTests"/>, over every option, including ones added later.</summary>
public sealed class SettingsCheckTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Telegram:BotToken"] = BotTestHost.Token,
    };

    public static TheoryData<string, Type> RangedWholeNumbers()
    {
        var data = new TheoryData<string, Type>();
        foreach (var (section, type) in Sections())
        {
            foreach (var property in type.GetProperties().Where(p => p.PropertyType == typeof(int) && p.IsDefined(typeof(RangeAttribute), false)))
            {
                data.Add($"{section}:{property.Name}", type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RangedWholeNumbers))]
    public void A_whole_number_above_its_range_names_its_key(string key, Type options)
    {
        var property = options.GetProperty(key.Split(':')[1])!;
        var maximum = Convert.ToInt64(property.GetCustomAttributes(typeof(RangeAttribute), false).Cast<RangeAttribute>().Single().Maximum, CultureInfo.InvariantCulture);

        var problem = SettingsCheck.ForBot(Configuration((key, (maximum + 1).ToString(CultureInfo.InvariantCulture))));

        Assert.NotNull(problem);
        Assert.StartsWith(key + " ", problem);
    }

    [Fact]
    public void The_defaults_with_a_token_pass() => Assert.Null(SettingsCheck.ForBot(Configuration()));

    [Fact]
    public void Console_mode_ignores_telegram_settings_it_does_not_use()
    {
        var configuration = Configuration(("Telegram:MaxMessagesPerSecond", "abc"), ("Telegram:BotToken", null));

        Assert.NotNull(SettingsCheck.ForBot(configuration));
        Assert.Null(SettingsCheck.ForStore(configuration));
    }

    [Fact]
    public void A_webhook_secret_is_never_shown()
    {
        var problem = SettingsCheck.ForBot(Configuration(("Telegram:Mode", "Webhook"), ("Telegram:WebhookSecret", "tooShortSECRET")));

        Assert.Contains("Telegram:WebhookSecret must be 16-256 characters", problem);
        Assert.DoesNotContain("tooShortSECRET", problem);
    }

    [Fact]
    public void A_connection_string_is_never_shown()
    {
        var problem = SettingsCheck.ForStore(Configuration(("Database:Provider", "Postgres"), ("ConnectionStrings:HipKnee", "Host=db;Password=SECRET;Nonsense=1")));

        Assert.Contains("ConnectionStrings:HipKnee is not a Postgres connection string", problem);
        Assert.DoesNotContain("SECRET", problem);
    }

    private static IEnumerable<(string Section, Type Type)> Sections() =>
    [
        (TelegramOptions.Section, typeof(TelegramOptions)),
        (PollingOptions.Section, typeof(PollingOptions)),
        (RemindersOptions.Section, typeof(RemindersOptions)),
        (RetentionOptions.Section, typeof(RetentionOptions)),
        (CoachOptions.Section, typeof(CoachOptions)),
    ];

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>(Valid);
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
