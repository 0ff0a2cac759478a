using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipKnee.Bot.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddHipKneeHealth(this IServiceCollection services)
    {
        // The scheduler's check is Quartz's own, registered with the scheduler (SchedulingServices).
        services.AddSingleton(new IntakeHeartbeat(TimeProvider.System));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<IntakeHealthCheck>("intake");
        return services;
    }

    public static void MapHipKneeHealth(this WebApplication app) => app.MapHealthChecks("/health");
}
