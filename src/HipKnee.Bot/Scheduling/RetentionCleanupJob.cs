using Quartz;

namespace HipKnee.Bot.Scheduling;

/// <summary>The hourly retention clean-up; on the clustered store it runs on one instance at a time.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionCleanupJob(RetentionCleanup cleanup) : IJob
{
    public static readonly JobKey Key = new("retention-cleanup");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await cleanup.CleanAsync(cancellationToken);
}
