using HipKnee.Bot.Options;

namespace HipKnee.Bot.WebApp;

public static class WebAppServices
{
    /// <summary>The Mini App's API services and the menu button, only when <c>WebApp:Url</c> is set.</summary>
    public static IServiceCollection AddHipKneeWebApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebAppOptions>().Bind(configuration.GetSection(WebAppOptions.Section));
        if (WebAppOptions.UrlOf(configuration) is null)
        {
            return services;
        }

        services.AddSingleton<WebAppFloodGuard>();
        services.AddScoped<WebAppCaller>();
        services.AddScoped<AppUserStore>();
        services.AddHostedService<MenuButtonRegistration>();
        return services;
    }
}
