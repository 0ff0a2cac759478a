using HipKnee.Bot.Options;
using HipKnee.Bot.Telegram;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Outbox.Sending;

public static class DeliveryServices
{
    /// <summary>The rate-limited, retrying sender that drains the outbox to the Bot API.</summary>
    public static IServiceCollection AddHipKneeDelivery(this IServiceCollection services)
    {
        // Telegram's limits are physical: they are kept on the wall clock even when the coach runs on another
        // (tests drive the coach with a fake clock that only moves when told to).
        services.AddSingleton(provider => new DeliveryRateLimiter(
            RateLimits.From(provider.GetRequiredService<IOptions<TelegramOptions>>().Value),
            TimeProvider.System));
        services.AddSingleton(provider => new BotTokenStatus(TimeProvider.System, provider.GetRequiredService<ILogger<BotTokenStatus>>()));
        services.AddSingleton<IBotTokenProbe, GetMeTokenProbe>();
        services.AddSingleton(provider => new TokenRecovery(
            provider.GetRequiredService<BotTokenStatus>(), provider.GetRequiredService<IBotTokenProbe>(), TimeProvider.System,
            provider.GetRequiredService<ILogger<TokenRecovery>>()));
        services.AddSingleton<ResilientDelivery>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<ChatNext>();
        services.AddSingleton<ChatCourier>();
        services.AddHostedService<OutboxSender>();
        services.AddHealthChecks().AddCheck<BotTokenHealthCheck>("telegram-token");
        return services;
    }
}
