using HipKnee.Bot.Coaching;
using HipKnee.Bot.Hosting;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Observability;
using Telegram.Bot;
using Telegram.Bot.Types;

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
    UpdatePipeline pipeline,
    FloodGuard flood,
    TimeProvider time,
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

    private async Task HandleBatchAsync(IReadOnlyList<Update> updates, string? botUsername, CancellationToken ct)
    {
        foreach (var update in updates)
        {
            metrics.UpdatesReceived.WithLabels(update.Type.ToString()).Inc();
        }

        var perChat = updates
            .Select(update => (Update: update, Mapped: Map(update, botUsername)))
            .Where(item => item.Mapped is not null)
            .GroupBy(item => item.Mapped!.ChatId);
        await Task.WhenAll(perChat.Select(async chat =>
        {
            foreach (var (update, mapped) in chat)
            {
                if (Admit(update, mapped!) is { } admitted)
                {
                    await pipeline.ProcessAsync(admitted, ct);
                }
            }
        }));
    }

    private IChatUpdate? Map(Update update, string? botUsername)
    {
        try
        {
            return UpdateMapper.Map(update, botUsername);
        }
        catch (Exception ex)
        {
            // A shape no test foresaw must cost this one update, never the intake.
            logger.LogError("Update {UpdateId} could not be mapped and is skipped ({Error})", update.Id, redactor.Describe(ex));
            return null;
        }
    }

    /// <summary>The update itself, the notice asking its sender to slow down, or null when it is flood to ignore.</summary>
    private IChatUpdate? Admit(Update update, IChatUpdate mapped)
    {
        var sentAt = update.Message?.Date is { } date && date > DateTime.UnixEpoch ? new DateTimeOffset(date, TimeSpan.Zero) : time.GetUtcNow();
        switch (flood.Check(mapped.ChatId, sentAt))
        {
            case FloodVerdict.Admit:
                return mapped;
            case FloodVerdict.IgnoreAndWarn:
                logger.LogWarning("Chat {ChatId} sends more than {Limit} updates in {Window}; the excess is ignored", mapped.ChatId, FloodGuard.Limit, FloodGuard.Window);
                return new SlowDownNotice(mapped.UpdateId, mapped.ChatId, mapped.LanguageCode);
            default:
                logger.LogDebug("Update {UpdateId} from flooding chat {ChatId} ignored", update.Id, mapped.ChatId);
                return null;
        }
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
