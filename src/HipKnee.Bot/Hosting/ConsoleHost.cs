using HipKnee.Bot.Console;
using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Hosting;

/// <summary>Console mode: the same coach and store, talking over stdin/stdout; no token, no web server.</summary>
public static class ConsoleHost
{
    public const string Switch = "--console";

    public static IHost Build(string[] args, ConsoleStreams streams) => Build(CreateBuilder(args), streams);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = CreateBuilder(args);
        if (SettingsCheck.ForStore(builder.Configuration) is { } setting)
        {
            await System.Console.Error.WriteLineAsync(setting);
            return ExitCodes.BadConfiguration;
        }

        using var host = Build(builder, new ConsoleStreams(System.Console.In, System.Console.Out));
        if (await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None) is { } problem)
        {
            await System.Console.Error.WriteLineAsync(problem);
            return ExitCodes.BadConfiguration;
        }

        await host.RunAsync();
        return 0;
    }

    /// <summary>Console mode's own file by default, so trying the coach never touches the bot's hipknee.db.</summary>
    public const string DefaultConnectionString = "Data Source=hipknee-console.db";

    private static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args.Where(a => a != Switch).ToArray());
        if (string.IsNullOrEmpty(builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)))
        {
            builder.Configuration[DatabaseCheck.ConnectionStringKey] = DefaultConnectionString;
        }

        return builder;
    }

    private static IHost Build(HostApplicationBuilder builder, ConsoleStreams streams)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddHipKneeLogFilters().AddHipKneeConsoleFormat();
        builder.Services
            .AddHipKneePersistence(builder.Configuration)
            .AddHipKneeCoaching()
            .AddSingleton(streams)
            .AddSingleton<IReplyTransport>(new ConsoleReplyTransport(
                streams.Output,
                streams.Buttons,
                builder.Configuration[ConsoleReplyTransport.FilesFolderKey] ?? ConsoleReplyTransport.DefaultFilesFolder))
            .AddHostedService<ConsoleChatService>();
        return builder.Build();
    }
}
