using HipKnee.Bot.Hosting;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Observability;
using Telegram.Bot;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Long-polls getUpdates. Each batch is handled before its offset is confirmed: different chats in parallel,
/// one chat's updates strictly in order. A crash mid-batch means redelivery, which the processed-update table absorbs.
/// Telegram serves getUpdates to one consumer per bot, so of several instances only the holder of the polling lease
/// polls; a new holder starts from offset 0 and gets whatever the previous one had not confirmed.
/// </summary>
public sealed class TelegramPollingService(
    SingleInstanceRunner singleInstance,
    ITelegramBotClient bot,
    UpdateBatchFetcher fetcher,
    UpdateAdmission admission,
    ChatDispatcher dispatcher,
    UpdateUnitOfWork work,
    SecretRedactor redactor,
    HipKneeMetrics metrics,
    IntakeHeartbeat heartbeat,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    public const string LeaseName = "telegram-polling";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        singleInstance.RunAsync(LeaseName, PollAsync, stoppingToken, heartbeat.Beat);

    /// <summary>Polls until <paramref name="stoppingToken"/> ends: the host stops, or this instance lost the lease.</summary>
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var botUsername = await TelegramRetry.UntilDone("Telegram start-up", redactor, logger).ExecuteAsync(PrepareAsync, stoppingToken);
        var untilFetched = TelegramRetry.UntilDone("getUpdates", redactor, logger);
        long offset = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                offset = await untilFetched.ExecuteAsync(async ct =>
                {
                    heartbeat.Beat();
                    var (updates, next) = await fetcher.FetchAsync(offset, ct);
                    await HandleBatchAsync(updates, botUsername, ct);
                    return next;
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async ValueTask<string?> PrepareAsync(CancellationToken ct)
    {
        // Polling and a webhook exclude each other; pending updates are kept.
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
        await BotCommandMenu.RegisterAsync(bot, ct);
        var me = await bot.GetMe(ct);
        logger.LogInformation("Polling for updates as @{BotUsername}", me.Username);
        return me.Username;
    }

    /// <summary>
    /// Returns once every update of the batch is handled or set aside; while the database is away it waits (the
    /// unit of work retries), so the batch's offset is confirmed only after that, and a stop meanwhile confirms nothing.
    /// </summary>
    private async Task HandleBatchAsync(IReadOnlyList<ReceivedUpdate> updates, string? botUsername, CancellationToken ct)
    {
        foreach (var received in updates)
        {
            metrics.UpdatesReceived.WithLabels(received.Update.Type.ToString()).Inc();
        }

        // Admitted in arrival order (the flood guard counts per chat), then each chat's updates handled in order.
        var admitted = updates
            .Select(received => (Update: admission.Admit(received.Update, botUsername), received.Json))
            .Where(pair => pair.Update is not null)
            .ToList();
        await dispatcher.DispatchAsync(admitted, pair => pair.Update!.ChatId, (pair, token) => work.RunAsync(pair.Update!, pair.Json, acknowledge: null, token), ct);
    }
}
