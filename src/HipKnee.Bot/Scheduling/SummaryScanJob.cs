using Quartz;

namespace HipKnee.Bot.Scheduling;

/// <summary>The one Quartz job behind all weekly summaries: on the reminder scan's schedule, scan for due summaries.</summary>
[DisallowConcurrentExecution]
public sealed class SummaryScanJob(SummaryScanner scanner) : IJob
{
    public static readonly JobKey Key = new("summary-scan");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken);
}
