using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipKnee.Bot.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddHipKneeHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }

    public static void MapHipKneeHealth(this WebApplication app) => app.MapHealthChecks("/health");
}
