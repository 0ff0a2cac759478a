using HipKnee.Bot.Options;

namespace HipKnee.Bot.Admin;

public static class AdminServices
{
    /// <summary>/admin, /broadcast and the worker that queues broadcasts (<c>Coach:AdminChatIds</c>).</summary>
    public static IServiceCollection AddHipKneeAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<CoachOptions>(configuration, CoachOptions.Section);
        services.AddSingleton<BroadcastSignal>();
        services.AddSingleton<AdminCommands>();
        services.AddHostedService<BroadcastWorker>();
        return services;
    }
}
