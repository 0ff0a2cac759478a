namespace HipKnee.Bot.Hosting;

public static class LoggingFilters
{
    /// <summary>
    /// HttpClient's request logging prints Bot API URLs, which contain the token; only its warnings are kept.
    /// EF Core's per-command logging is noise at Information.
    /// </summary>
    public static ILoggingBuilder AddHipKneeLogFilters(this ILoggingBuilder logging) => logging
        .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
        .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
}
