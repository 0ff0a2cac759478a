using Microsoft.Extensions.Logging.Console;

namespace HipKnee.Bot.Hosting;

public static class LoggingFilters
{
    /// <summary>
    /// HttpClient's request logging prints Bot API URLs, which contain the token; only its warnings are kept.
    /// EF Core's per-command logging is noise at Information, and so are Quartz's dozen lines about its own set-up
    /// at every start.
    /// </summary>
    public static ILoggingBuilder AddHipKneeLogFilters(this ILoggingBuilder logging) => logging
        .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
        .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
        .AddFilter("Quartz", LogLevel.Warning);

    /// <summary>Console lines start with the UTC time (the default console format has none), e.g. 2026-01-05T07:30:00.123Z.</summary>
    public static ILoggingBuilder AddHipKneeConsoleFormat(this ILoggingBuilder logging) => logging
        .AddSimpleConsole(options =>
        {
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            options.UseUtcTimestamp = true;
        });
}
