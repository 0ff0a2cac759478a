using HipKnee.Bot.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipKnee.Bot.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddHipKneeHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static void MapHipKneeHealth(this WebApplication app) => app.MapHealthChecks("/health");
}

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(HipKneeDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
