using HipKnee.Bot.Coaching;
using HipKnee.Bot.Console;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Hosting;

/// <summary>Console mode: the same coach and store, talking over stdin/stdout; no token, no web server.</summary>
public static class ConsoleHost
{
    public const string Switch = "--console";

    public static IHost Build(string[] args, ConsoleStreams streams)
    {
        var builder = Host.CreateApplicationBuilder(args.Where(a => a != Switch).ToArray());
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddHipKneeLogFilters();
        builder.Services
            .AddHipKneePersistence(builder.Configuration)
            .AddHipKneeCoaching()
            .AddSingleton(streams)
            .AddSingleton<IReplyTransport>(new ConsoleReplyTransport(streams.Output,
                builder.Configuration[ConsoleReplyTransport.FilesFolderKey] ?? ConsoleReplyTransport.DefaultFilesFolder))
            .AddHostedService<ConsoleChatService>();
        return builder.Build();
    }

    public static async Task<int> RunAsync(string[] args)
    {
        IHost built;
        try
        {
            built = Build(args, new ConsoleStreams(System.Console.In, System.Console.Out));
        }
        catch (InvalidOperationException ex)
        {
            // A setting the store cannot use (e.g. an unknown Database:Provider); the message names the key.
            await System.Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.BadConfiguration;
        }

        using var host = built;
        if (await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None) is { } problem)
        {
            await System.Console.Error.WriteLineAsync(problem);
            return ExitCodes.BadConfiguration;
        }

        await host.RunAsync();
        return 0;
    }
}
