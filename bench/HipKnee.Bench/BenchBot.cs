using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bench;

/// <summary>The real bot host as the benchmarks build it: a bench token, a database, a port of its own, warnings only.</summary>
public static class BenchBot
{
    public const string Token = "123456:BENCH-token_abcdefghijklmnopqrstuvwxyz";

    public static string[] Arguments(BenchDatabase db, string apiBaseUrl, params string[] extra) =>
    [
        $"--Telegram:BotToken={Token}",
        $"--Telegram:ApiBaseUrl={apiBaseUrl}",
        "--Telegram:PollingTimeoutSeconds=1",
        $"--Database:Provider={db.Provider}",
        $"--ConnectionStrings:HipKnee={db.ConnectionString}",
        "--Urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        .. extra,
    ];

    /// <summary>Builds the host and migrates its database; the host is not started.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var (app, problem) = BotHost.Build(args, overrides);
        if (app is null)
        {
            throw new InvalidOperationException(problem);
        }

        if (await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None) is { } dbProblem)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException(dbProblem);
        }

        return app;
    }

    /// <summary>Adds an interceptor to whichever provider's context the host uses.</summary>
    public static void Intercept(IServiceCollection services, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor interceptor)
    {
        services.ConfigureDbContext<SqliteHipKneeDbContext>(options => options.AddInterceptors(interceptor));
        services.ConfigureDbContext<PostgresHipKneeDbContext>(options => options.AddInterceptors(interceptor));
    }
}
