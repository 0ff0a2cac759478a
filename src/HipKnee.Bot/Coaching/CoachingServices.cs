using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Coaching;

public static class CoachingServices
{
    /// <summary>The unit of work every update runs in and the outbox sender, shared by every intake.</summary>
    public static IServiceCollection AddHipKneeCoaching(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<UpdateUnitOfWork>();
        services.AddSingleton<DatabaseOutage>();
        services.AddSingleton<DatabaseRetry>();
        services.AddSingleton<ReplyCooldown>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDrainer>();
        services.AddHipKneeMetrics();
        return services;
    }
}
