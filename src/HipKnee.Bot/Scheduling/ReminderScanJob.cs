using Quartz;

namespace HipKnee.Bot.Scheduling;

/// <summary>
/// The one Quartz job behind all reminders: every minute, scan for due nudges. Not concurrent, which on the
/// clustered store holds across instances too.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReminderScanJob(ReminderScanner scanner, ILogger<ReminderScanJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminder-scan");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("Reminder scan due at {ScheduledAt:O} runs on this instance{Recovering}",
            context.ScheduledFireTimeUtc, context.Recovering ? " (recovering a dead instance's run)" : "");
        await scanner.ScanAsync(cancellationToken);
    }
}
