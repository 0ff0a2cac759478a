using Quartz;

namespace HipKnee.Bot.Scheduling;

/// <summary>The one Quartz job behind all reminders: every minute, scan for due nudges.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderScanJob(ReminderScanner scanner) : IJob
{
    public static readonly JobKey Key = new("reminder-scan");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken);
}
