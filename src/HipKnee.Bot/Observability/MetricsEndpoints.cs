using Prometheus;

namespace HipKnee.Bot.Observability;

public static class MetricsEndpoints
{
    public static IServiceCollection AddHipKneeMetrics(this IServiceCollection services) => services.AddSingleton<HipKneeMetrics>();

    /// <summary>GET /metrics in Prometheus text format.</summary>
    public static void MapHipKneeMetrics(this WebApplication app) =>
        app.MapMetrics("/metrics", app.Services.GetRequiredService<HipKneeMetrics>().Registry);
}
