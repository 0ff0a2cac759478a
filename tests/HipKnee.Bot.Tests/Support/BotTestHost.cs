using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using HipKnee.Testing.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HipKnee.Bot.Tests.Support;

/// <summary>The real bot host, in process, against a fake Bot API on loopback and a real SQLite file.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";

    private readonly WebApplication _app;

    private BotTestHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>
    /// The bot's command line for tests. Per-chat pacing and retry back-off are relaxed so conversations run at
    /// test speed; the delivery tests pass Telegram's real limits back in through <paramref name="extra"/>.
    /// </summary>
    public static string[] Arguments(FakeBotApi api, TestDatabase db, params string[] extra) =>
    [
        $"--Telegram:BotToken={Token}",
        $"--Telegram:ApiBaseUrl={api.BaseUrl}",
        "--Telegram:PollingTimeoutSeconds=1",
        "--Telegram:MaxMessagesPerChatPerSecond=100",
        "--Telegram:SendRetryDelay=00:00:00.050",
        "--Telegram:SendRetryMaxDelay=00:00:00.200",
        $"--ConnectionStrings:HipKnee={db.ConnectionString}",
        "--Urls=http://127.0.0.1:0",
        .. extra,
    ];

    public static async Task<BotTestHost> StartAsync(
        FakeBotApi api, TestDatabase db, TimeProvider? time = null, ILoggerProvider? logs = null, string[]? extraArguments = null, Action<IServiceCollection>? configure = null)
    {
        var (app, problem) = BotHost.Build(Arguments(api, db, extraArguments ?? []), services =>
        {
            if (time is not null)
            {
                services.AddSingleton(time);
            }

            if (logs is not null)
            {
                services.AddSingleton(logs);
            }

            configure?.Invoke(services);
        });
        Assert.True(app is not null, problem);
        var migration = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        Assert.Null(migration);
        await app.StartAsync();
        return new BotTestHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
