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
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        singleInstance.RunAsync(LeaseName, PollAsync, stoppingToken, heartbeat.Beat);

    /// <summary>Polls until <paramref name="stoppingToken"/> ends: the host stops, or this instance lost the lease.</summary>
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var botUsername = await RetryAsync("start-up", () => PrepareAsync(stoppingToken), stoppingToken);
        long offset = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                heartbeat.Beat();
                var (updates, next) = await fetcher.FetchAsync(offset, stoppingToken);
                await HandleBatchAsync(updates, botUsername, stoppingToken);
                offset = next;
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                logger.LogWarning("getUpdates failed ({Error}); retrying", redactor.Describe(ex));
                await DelayAsync(failures, stoppingToken);
            }
        }
    }

    private async Task<string?> PrepareAsync(CancellationToken ct)
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

    private async Task<T> RetryAsync<T>(string what, Func<Task<T>> action, CancellationToken ct)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await action();
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning("Telegram {What} failed ({Error}); retrying", what, redactor.Describe(ex));
                await DelayAsync(failures, ct);
            }
        }
    }

    private static Task DelayAsync(int failures, CancellationToken ct) =>
        Task.Delay(TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 1))), ct);
}
