namespace HipKnee.Bot.Outbox;

/// <summary>Background loop that drains the outbox whenever new replies are committed, and at least every second.</summary>
public sealed class OutboxSender(OutboxDrainer drainer, OutboxSignal signal, ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
