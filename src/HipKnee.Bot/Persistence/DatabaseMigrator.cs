using HipKnee.Bot.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Persistence;

/// <summary>Brings the database schema up to date at start and switches SQLite to WAL mode.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Migrates; returns a one-line reason when the database cannot be used, null on success.</summary>
    public async Task<string?> MigrateAsync(CancellationToken ct)
    {
        if (options.Value.Provider != DatabaseProvider.Sqlite)
        {
            return $"Database:Provider={options.Value.Provider} is not available in this build; use Sqlite.";
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        try
        {
            await db.Database.MigrateAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            logger.LogInformation("Database {DataSource} is ready", dataSource);
            return null;
        }
        catch (SqliteException ex)
        {
            return $"Cannot open the database '{dataSource}' (ConnectionStrings:HipKnee): {ex.Message}";
        }
    }
}
