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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var button = new MenuButtonWebApp { Text = CoachTexts.For(Languages.English).AppTitle, WebApp = new WebAppInfo(options.Value.Url!) };
        for (var failures = 0; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                await bot.SetChatMenuButton(menuButton: button, cancellationToken: stoppingToken);
                logger.LogInformation("Menu button opens the Mini App");
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("setChatMenuButton failed ({Error}); retrying", redactor.Describe(ex));
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures))), stoppingToken);
            }
        }
    }
}
