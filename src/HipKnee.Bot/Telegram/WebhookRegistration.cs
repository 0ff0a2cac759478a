using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace HipKnee.Bot.Telegram;

/// <summary>Webhook mode start-up: register the URL, secret and the update kinds we handle; retry until Telegram accepts.</summary>
public sealed class WebhookRegistration(ITelegramBotClient bot, IOptions<TelegramOptions> options, SecretRedactor redactor, ILogger<WebhookRegistration> logger)
    : BackgroundService
{
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        for (var failures = 0; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                await bot.SetWebhook(settings.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: settings.WebhookSecret,
                    dropPendingUpdates: false, cancellationToken: stoppingToken);
                await BotCommandMenu.RegisterAsync(bot, stoppingToken);
                logger.LogInformation("Webhook registered");
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("setWebhook failed ({Error}); retrying", redactor.Redact($"{ex.GetType().Name}: {ex.Message}"));
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures))), stoppingToken);
            }
        }
    }
}
