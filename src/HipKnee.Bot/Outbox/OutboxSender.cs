using HipKnee.Bot.Leases;

namespace HipKnee.Bot.Outbox;

/// <summary>
/// Background loop that drains the outbox whenever new replies are committed, and at least every second.
/// Of several instances only the holder of the sender lease sends: Telegram's 30 messages/s is a limit per bot,
/// not per instance, and one sender keeps each chat's messages in order and never sends one twice.
/// </summary>
public sealed class OutboxSender(SingleInstanceRunner singleInstance, OutboxDrainer drainer, OutboxSignal signal, ILogger<OutboxSender> logger) : BackgroundService
{
    public const string LeaseName = "outbox-sender";
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        singleInstance.RunAsync(LeaseName, SendAsync, stoppingToken);

    /// <summary>Sends until <paramref name="stoppingToken"/> ends: the host stops, or this instance lost the lease.</summary>
    private async Task SendAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await drainer.DrainOnceAsync(stoppingToken))
                {
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("Outbox pass failed ({Error}); retrying shortly", $"{ex.GetType().Name}: {ex.Message}");
                await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
