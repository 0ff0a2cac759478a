using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Brings the schema up to date at start with the configured provider's own migrations set, and switches SQLite
/// to WAL mode. Several instances may start at once on one database: on PostgreSQL they take turns through
/// <see cref="PostgresMigrationLock"/>, so each migration is applied once and every instance comes up.
/// </summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Migrates; returns a one-line reason when the database cannot be used, null on success.</summary>
    public async Task<string?> MigrateAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var target = DatabaseTarget.Describe(db);
        try
        {
            if (db.Database.IsNpgsql())
            {
                await using var turn = await PostgresMigrationLock.TakeAsync(db, ct);
                // Npgsql's migrator reads the history table without checking that it exists and logs the failure on a
                // fresh database as an error (npgsql/efcore.pg#3407); creating it first keeps first starts clean.
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
                await db.Database.MigrateAsync(ct);
            }
            else
            {
                await db.Database.MigrateAsync(ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            }

            logger.LogInformation("Database {Database} ({Provider}) is ready", target, db.Database.ProviderName);
            return null;
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or TimeoutException || ex.InnerException is DbException or TimeoutException)
        {
            // Npgsql's execution strategy wraps a failed open in InvalidOperationException ("likely a transient
            // failure"); the driver's own message says more. Driver messages name the host, database or user, never the password.
            var cause = ex.InnerException is DbException or TimeoutException ? ex.InnerException : ex;
            return $"Cannot open the database '{target}' (ConnectionStrings:HipKnee): {cause.Message}";
        }
    }
}
