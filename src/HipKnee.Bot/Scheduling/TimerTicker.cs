using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Scheduling;

/// <summary>
/// Runs the hold-timer scan every second: a countdown needs finer steps than the minute scans. Each pass is one
/// indexed query; timers live in the users table, so a restart picks them up where they were.
/// </summary>
public sealed class TimerTicker(TimerScanner scanner, TimeProvider time, IOptions<RemindersOptions> options, ILogger<TimerTicker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.TimerTickMilliseconds);
        while (interval > TimeSpan.Zero && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scanner.ScanAsync(stoppingToken);
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("Hold-timer pass failed ({Error}); retrying shortly", $"{ex.GetType().Name}: {ex.Message}");
                await Task.Delay(interval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
