using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HipKnee.Bot.Options;

/// <summary>
/// Reads <c>Database:Provider</c> and checks that the connection string fits it, before anything is registered;
/// its messages never contain the connection string (it may hold a password).
/// </summary>
public static class DatabaseCheck
{
    public const string ProviderKey = $"{DatabaseOptions.Section}:Provider";
    public const string ConnectionStringKey = $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}";

    /// <summary>The problem with the database settings, or null when they can be used.</summary>
    public static string? Problem(IConfiguration configuration)
    {
        var configured = configuration[ProviderKey];
        if (!string.IsNullOrWhiteSpace(configured) && !Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out _))
        {
            return $"{ProviderKey} must be {DatabaseProvider.Sqlite} or {DatabaseProvider.Postgres}; '{configured}' is not known.";
        }

        var provider = Provider(configuration);
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)))
        {
            return $"{ConnectionStringKey} is missing: {ProviderKey}=Postgres needs one, e.g. Host=db;Database=hipknee;Username=hipknee;Password=<password>.";
        }

        return ConnectionStringProblem(provider, ConnectionString(configuration));
    }

    /// <summary>Parses without connecting; the driver's message names a keyword at most, never a value.</summary>
    private static string? ConnectionStringProblem(DatabaseProvider provider, string connectionString)
    {
        try
        {
            _ = provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(connectionString)
                : (DbConnectionStringBuilder)new SqliteConnectionStringBuilder(connectionString);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return $"{ConnectionStringKey} is not a {provider} connection string: {ex.Message.ReplaceLineEndings(" ")} (the value is not shown).";
        }
    }

    /// <summary>The configured provider; throws with <see cref="Problem"/>'s message when the settings cannot be used.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var configured = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(Problem(configuration));
    }

    /// <summary>The connection string, with the SQLite default when none is configured.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : DatabaseOptions.DefaultConnectionString;
}
