using HipKnee.Bot.Admin;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Observability;
using HipKnee.Bot.Options;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Scheduling;
using HipKnee.Bot.Telegram;
using HipKnee.Bot.WebApp;
using Microsoft.Extensions.Options;
using HipKnee.Bot.Outbox.Sending;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Hosting;

/// <summary>The Telegram bot: polling intake, outbox sender, reminder scan and the health endpoint, on one web host.</summary>
public static class BotHost
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Builds the host, or returns a one-line configuration problem (which never contains the token).</summary>
    public static (WebApplication? App, string? Problem) Build(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (SettingsCheck.ForBot(builder.Configuration) is { } problem)
        {
            return (null, problem);
        }

        if (string.IsNullOrEmpty(builder.Configuration["Urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Logging.AddHipKneeLogFilters().AddHipKneeConsoleFormat();
        builder.Services
            .AddHipKneePersistence(builder.Configuration)
            .AddHipKneeCoaching()
            .AddHipKneeLeases(builder.Configuration)
            .AddHipKneeTelegram(builder.Configuration)
            .AddHipKneeDelivery()
            .AddHipKneeScheduling(builder.Configuration)
            .AddHipKneeAdmin(builder.Configuration)
            .AddHipKneeWebApp(builder.Configuration)
            .AddHipKneeHealth();
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHipKneeHealth();
        app.MapHipKneeMetrics();
        app.MapHipKneeWebApp();
        if (TelegramServices.ModeOf(builder.Configuration) == TelegramMode.Webhook)
        {
            app.MapTelegramWebhook();
        }

        return (app, null);
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var (app, problem) = Build(args);
        if (app is null)
        {
            await System.Console.Error.WriteLineAsync(problem);
            return ExitCodes.BadConfiguration;
        }

        await using (app)
        {
            if (await StartupTokenCheck.ProblemAsync(app.Services) is { } tokenProblem)
            {
                await System.Console.Error.WriteLineAsync(tokenProblem);
                return ExitCodes.BadConfiguration;
            }

            if (await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None) is { } dbProblem)
            {
                await System.Console.Error.WriteLineAsync(dbProblem);
                return ExitCodes.BadConfiguration;
            }

            try
            {
                await app.RunAsync();
            }
            catch (OptionsValidationException ex)
            {
                // A backstop: SettingsCheck runs the same rules before the database is touched.
                await System.Console.Error.WriteLineAsync(ex.Failures.FirstOrDefault() ?? ex.Message);
                return ExitCodes.BadConfiguration;
            }
            catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException or System.Net.Sockets.SocketException)
            {
                // Kestrel cannot listen (the port is taken, or the address is not this machine's): a restart will not help.
                await System.Console.Error.WriteLineAsync($"{UrlsCheck.Key}: cannot listen: {ex.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadConfiguration;
            }

            return 0;
        }
    }
}
