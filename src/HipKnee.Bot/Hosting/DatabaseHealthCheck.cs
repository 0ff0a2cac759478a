using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipKnee.Bot.Hosting;

/// <summary>
/// Healthy when the database answers a query on the schema (a fresh empty file is not healthy). While work waits for
/// the database it is unhealthy at once, with the outage's reason: a SQLite file locked by another process still
/// answers reads, and the query would only queue behind the writers already waiting.
/// </summary>
public sealed class DatabaseHealthCheck(HipKneeDbContext db, DatabaseOutage outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (outage.IsOngoing)
        {
            return HealthCheckResult.Unhealthy(outage.Reason ?? "database unreachable");
        }

        try
        {
            await db.Users.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"database unreachable: {ex.GetType().Name}");
        }
    }
}
