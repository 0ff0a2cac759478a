using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Pictures;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using HipKnee.Bot.Inbox;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Outbox.Sending;
using HipKnee.Bot.RateLimiting;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Telegram;

public static class TelegramServices
{
    public static TelegramMode ModeOf(IConfiguration configuration) =>
        Enum.TryParse<TelegramMode>(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Mode)}"], ignoreCase: true, out var mode)
            ? mode
            : TelegramMode.Polling;

    private const string BotApiClientName = "telegram-bot-api";

    public static IServiceCollection AddHipKneeTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<TelegramOptions>(configuration, TelegramOptions.Section);
        // A call that hangs holds up its chat; after this long it counts as a network failure and is retried.
        services.AddHttpClient(BotApiClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(UpdateBatchFetcher.HttpClientName, (provider, client) =>
            client.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.PollingTimeoutSeconds + 15));
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(BotApiClientName);
            // The outbox owns retries (and per-chat ordering); the library must not wait out a 429 on its own.
            var clientOptions = new TelegramBotClientOptions(settings.BotToken ?? "", settings.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 1 };
            return new TelegramBotClient(clientOptions, http);
        });
        services.AddSingleton<IReplyTransport, TelegramReplyTransport>();
        services.AddSingleton<PictureFileIds>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<FloodGuard>();
        services.AddSingleton<UpdateAdmission>();
        services.AddSingleton<ChatDispatcher>();
        if (ModeOf(configuration) == TelegramMode.Webhook)
        {
            services.AddSingleton<InboxSignal>();
            services.AddSingleton<ChatLeaseStore>();
            services.AddSingleton<WebhookInbox>();
            services.AddSingleton<InboxSelection>();
            // Before the processor: started first (the lease is up before the first row), stopped after it.
            services.AddSingleton<InstanceLiveness>();
            services.AddHostedService(provider => provider.GetRequiredService<InstanceLiveness>());
            services.AddHostedService<InboxProcessor>();
            services.AddHostedService<WebhookRegistration>();
        }
        else
        {
            services.AddSingleton<UpdateBatchFetcher>();
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }
}
