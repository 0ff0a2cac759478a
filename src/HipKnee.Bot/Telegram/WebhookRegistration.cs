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

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var untilAccepted = TelegramRetry.UntilDone("setWebhook", redactor, logger);
        return untilAccepted.ExecuteAsync(async ct =>
        {
            await bot.SetWebhook(settings.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: settings.WebhookSecret,
                dropPendingUpdates: false, cancellationToken: ct);
            await BotCommandMenu.RegisterAsync(bot, ct);
            logger.LogInformation("Webhook registered");
        }, stoppingToken).AsTask();
    }
}
