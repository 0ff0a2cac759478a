using Quartz;

namespace HipKnee.Bot.Scheduling;

/// <summary>The one Quartz job behind all next-morning checks: on the reminder scan's schedule, scan for due checks.</summary>
[DisallowConcurrentExecution]
public sealed class MorningCheckScanJob(MorningCheckScanner scanner) : IJob
{
    public static readonly JobKey Key = new("morning-check-scan");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken);
}
