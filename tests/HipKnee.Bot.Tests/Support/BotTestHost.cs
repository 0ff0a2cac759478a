using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using HipKnee.Testing.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HipKnee.Bot.Tests.Support;

/// <summary>The real bot host, in process, against a fake Bot API on loopback and a real database (SQLite file or PostgreSQL).</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// A fixed instance id, as a systemd unit pins it to the host name: a bot restarted after a crash takes its own
    /// polling lease back at once instead of waiting for it to expire.
    /// </summary>
    public const string InstanceId = "test-instance";

    /// <summary>
    /// Leaves Quartz's scheduler stopped, for tests that run the reminder scan themselves: on fake time the
    /// scheduled scan would race theirs.
    /// </summary>
    public static readonly Action<IServiceCollection> WithoutScheduler =
        services => services.ConfigureAll<QuartzHostedServiceOptions>(options => options.AutoStart = false);

    private readonly WebApplication _app;
    private int _disposed;

    private BotTestHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>
    /// The bot's command line for tests. Per-chat pacing and retry back-off are relaxed so conversations run at
    /// test speed; the delivery tests pass Telegram's real limits back in through <paramref name="extra"/>,
    /// and a second instance passes its own <c>--Polling:InstanceId</c> (later settings win).
    /// </summary>
    public static string[] Arguments(FakeBotApi api, ITestDatabase db, params string[] extra) =>
    [
        $"--Telegram:BotToken={Token}",
        $"--Telegram:ApiBaseUrl={api.BaseUrl}",
        "--Telegram:PollingTimeoutSeconds=1",
        $"--Database:Provider={db.Provider}",
        "--Telegram:MaxMessagesPerChatPerSecond=100",
        "--Telegram:SendRetryDelay=00:00:00.050",
        "--Telegram:SendRetryMaxDelay=00:00:00.200",
        $"--ConnectionStrings:HipKnee={db.ConnectionString}",
        $"--Polling:InstanceId={InstanceId}",
        "--Urls=http://127.0.0.1:0",
        .. extra,
    ];

    /// <param name="settings">More command-line settings, e.g. another <c>--Polling:InstanceId</c> for a second instance.</param>
    /// <param name="services">Last-minute changes to the host's services.</param>
    public static async Task<BotTestHost> StartAsync(
        FakeBotApi api, ITestDatabase db, TimeProvider? time = null, ILoggerProvider? logs = null,
        IEnumerable<string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var (app, problem) = BotHost.Build([.. Arguments(api, db), .. settings ?? []], registered =>
        {
            if (time is not null)
            {
                registered.AddSingleton(time);
            }

            if (logs is not null)
            {
                registered.AddSingleton(logs);
            }

            services?.Invoke(registered);
        });
        Assert.True(app is not null, problem);
        var migration = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        Assert.Null(migration);
        await app.StartAsync();
        return new BotTestHost(app);
    }

    /// <summary>Stops the host like a clean shutdown (SIGTERM); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    /// <summary>Disposes the host without stopping it first, as a host is disposed after a failed start.</summary>
    public async ValueTask DisposeWithoutStoppingAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _app.DisposeAsync();
        }
    }
}
