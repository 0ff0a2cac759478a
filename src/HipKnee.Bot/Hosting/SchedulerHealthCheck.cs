using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace HipKnee.Bot.Hosting;

/// <summary>Healthy while the Quartz scheduler that runs the reminder scan is started and not shut down.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("scheduler not running");
    }
}
