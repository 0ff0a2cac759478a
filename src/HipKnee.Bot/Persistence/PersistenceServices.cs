using HipKnee.Bot.Options;
using HipKnee.Bot.Persistence.FastPaths;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Persistence;

public static class PersistenceServices
{
    /// <summary>
    /// Registers the store for the configured <c>Database:Provider</c>. Everything else asks for
    /// <see cref="HipKneeDbContext"/> and never knows which provider it talks to. Contexts are pooled: every update,
    /// query and delivery outcome takes one, and building a fresh one each time was a large share of an update's cost.
    /// </summary>
    public static IServiceCollection AddHipKneePersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DatabaseCheck.ConnectionString(configuration);
        services.AddSettings<DatabaseOptions>(configuration, DatabaseOptions.Section);
        if (DatabaseCheck.Provider(configuration) == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<PostgresHipKneeDbContext>(options => options.UseNpgsql(connectionString));
            services.AddScoped<HipKneeDbContext>(provider => provider.GetRequiredService<PostgresHipKneeDbContext>());
        }
        else
        {
            services.AddSingleton<SqlitePragmas>();
            services.AddSingleton<SqliteTurns>();
            services.AddDbContextPool<SqliteHipKneeDbContext>((provider, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(provider.GetRequiredService<SqliteTurns>(), provider.GetRequiredService<SqlitePragmas>()));
            services.AddScoped<HipKneeDbContext>(provider => provider.GetRequiredService<SqliteHipKneeDbContext>());
        }

        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}
