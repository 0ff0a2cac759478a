using HipKnee.Bot.WebApp;
namespace HipKnee.Bot.Options;

/// <summary>
/// Every setting, checked before the database or anything else is touched: the first problem is one line that
/// names the key (and never shows the token, the webhook secret or the connection string).
/// </summary>
public static class SettingsCheck
{
    /// <summary>The bot's settings: all sections it reads.</summary>
    public static string? ForBot(IConfiguration configuration) =>
        OptionsSectionCheck.Problem<TelegramOptions>(configuration, TelegramOptions.Section)
        ?? ForStore(configuration)
        ?? UrlsCheck.Problem(configuration)
        ?? OptionsSectionCheck.Problem<WebApp.WebAppOptions>(configuration, WebApp.WebAppOptions.Section)
        ?? OptionsSectionCheck.Problem<PollingOptions>(configuration, PollingOptions.Section)
        ?? OptionsSectionCheck.Problem<RemindersOptions>(configuration, RemindersOptions.Section)
        ?? OptionsSectionCheck.Problem<RetentionOptions>(configuration, RetentionOptions.Section)
        ?? OptionsSectionCheck.Problem<CoachOptions>(configuration, CoachOptions.Section);

    /// <summary>What console mode reads: only the store (a Telegram setting in a shared appsettings.json is not its business).</summary>
    public static string? ForStore(IConfiguration configuration) =>
        DatabaseCheck.Problem(configuration)
        ?? OptionsSectionCheck.Problem<DatabaseOptions>(configuration, DatabaseOptions.Section);
}
