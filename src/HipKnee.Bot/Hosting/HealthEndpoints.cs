using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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

    /// <summary>Answers <c>Healthy</c>, or <c>Unhealthy: </c> and what is wrong, so an operator reads the reason (never a secret).</summary>
    public static void MapHipKneeHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain";
        var reasons = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy && !string.IsNullOrEmpty(e.Description)).Select(e => e.Description);
        var body = report.Status == HealthStatus.Healthy || !reasons.Any()
            ? report.Status.ToString()
            : $"{report.Status}: {string.Join("; ", reasons)}";
        return context.Response.WriteAsync(body);
    }
}
