using HipKnee.Bot.Telegram;
using HipKnee.Core.Texts;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipKnee.Bot.WebApp;

/// <summary>
/// At start, makes the chat's menu button open the Mini App (setChatMenuButton without a chat: every private chat's
/// default), retrying with back-off while the Bot API cannot be reached.
/// </summary>
public sealed class MenuButtonRegistration(ITelegramBotClient bot, IOptions<WebAppOptions> options, SecretRedactor redactor,
    ILogger<MenuButtonRegistration> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var button = new MenuButtonWebApp { Text = CoachTexts.For(Languages.English).AppTitle, WebApp = new WebAppInfo(options.Value.Url!) };
        return TelegramRetry.UntilDone("setChatMenuButton", redactor, logger).ExecuteAsync(async ct =>
        {
            await bot.SetChatMenuButton(menuButton: button, cancellationToken: ct);
            logger.LogInformation("Menu button opens the Mini App");
        }, stoppingToken).AsTask();
    }
}
