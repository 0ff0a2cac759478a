using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Delivery;

public static class DeliveryServices
{
    /// <summary>The rate-limited, retrying sender that drains the outbox to the Bot API.</summary>
    public static IServiceCollection AddHipKneeDelivery(this IServiceCollection services)
    {
        services.AddSingleton(provider => new DeliveryRateLimiter(
            RateLimits.From(provider.GetRequiredService<IOptions<TelegramOptions>>().Value),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ResilientDelivery>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<ChatCourier>();
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
