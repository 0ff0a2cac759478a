using HipKnee.Bot.Options;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Persistence;

public static class PersistenceServices
{
    public static IServiceCollection AddHipKneePersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<SqlitePragmas>();
        services.AddDbContext<HipKneeDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmas>()));
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : DatabaseOptions.DefaultConnectionString;
}
