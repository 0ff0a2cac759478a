using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Unhealthy while work waits for the database. The plain database check can pass during an outage that only
/// writers meet (a SQLite file locked by another process still answers reads), so the waiting itself is reported.
/// </summary>
public sealed class DatabaseOutageHealthCheck(DatabaseOutage outage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(outage.Reason is { } reason && outage.IsOngoing ? HealthCheckResult.Unhealthy(reason) : HealthCheckResult.Healthy());
}
