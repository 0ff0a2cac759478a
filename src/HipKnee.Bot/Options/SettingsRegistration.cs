using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Options;

public static class SettingsRegistration
{
    /// <summary>
    /// Binds a section to its options class, checked at start by the rules the class declares, through the same code
    /// and with the same one-line message as <see cref="SettingsCheck"/> (which runs first, before the database).
    /// </summary>
    public static IServiceCollection AddSettings<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsRules<TOptions>(section));
        return services;
    }
}
