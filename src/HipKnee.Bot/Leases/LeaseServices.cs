using HipKnee.Bot.Options;

namespace HipKnee.Bot.Leases;

public static class LeaseServices
{
    /// <summary>Leases in the database, for roles only one instance may play at a time (<c>Polling</c> section).</summary>
    public static IServiceCollection AddHipKneeLeases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<PollingOptions>(configuration, PollingOptions.Section);
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<LeaseKeeper>();
        services.AddSingleton<SingleInstanceRunner>();
        return services;
    }
}
