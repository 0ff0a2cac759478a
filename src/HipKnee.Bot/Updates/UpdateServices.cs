using HipKnee.Bot.Hosting;
using HipKnee.Bot.Observability;
using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Updates;

public static class UpdateServices
{
    /// <summary>The unit of work every update runs in and the outbox sender, shared by every intake.</summary>
    public static IServiceCollection AddHipKneeCoaching(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<UpdateUnitOfWork>();
        // Console mode has no token: the redactor then leaves text as it is.
        services.AddSingleton(provider => new SecretRedactor(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken));
        services.AddSingleton<HostedLoop>();
        services.AddSingleton<DatabaseOutage>();
        services.AddSingleton<DatabaseRetry>();
        services.AddSingleton<ReplyCooldown>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDrainer>();
        services.AddHipKneeMetrics();
        return services;
    }
}
