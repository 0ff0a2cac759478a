using HipKnee.Bot.Hosting;
using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Scheduling;

/// <summary>
/// Runs the hold-timer scan every second: a countdown needs finer steps than the minute scans. Each pass is one
/// indexed query; timers live in the users table, so a restart picks them up where they were.
/// </summary>
public sealed class TimerTicker(TimerScanner scanner, HostedLoop loop, TimeProvider time, IOptions<RemindersOptions> options, ILogger<TimerTicker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.TimerTickMilliseconds);
        return interval <= TimeSpan.Zero
            ? Task.CompletedTask
            : loop.RunAsync("Hold-timer pass", async ct =>
            {
                await scanner.ScanAsync(ct);
                await Task.Delay(interval, time, ct);
            }, interval, logger, stoppingToken, time);
    }
}
