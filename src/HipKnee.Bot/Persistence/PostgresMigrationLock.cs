using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// A session-level PostgreSQL advisory lock held on the context's connection for the whole migration. EF Core's own
/// migration lock on PostgreSQL is <c>LOCK TABLE "__EFMigrationsHistory"</c> inside each migration's transaction: it
/// needs the history table to exist first (and <c>CREATE TABLE IF NOT EXISTS</c> itself races in PostgreSQL: two
/// sessions may both pass the check and one fails on the catalogue's unique index), and it guards one transaction at a
/// time, not the reading of which migrations are pending. This lock covers all of it: creating the history table,
/// reading it and applying what is missing. It ends with the connection, so an instance that dies mid-migration
/// cannot leave it held.
/// </summary>
internal sealed class PostgresMigrationLock : IAsyncDisposable
{
    // The key is any fixed 64-bit number, the same in every HipKnee instance: 0x4849504B4E454521, "HIPKNEE!" in ASCII.
    private const string Lock = "SELECT pg_advisory_lock(5208782728396621089)";
    private const string Unlock = "SELECT pg_advisory_unlock(5208782728396621089)";

    private readonly HipKneeDbContext _db;

    private PostgresMigrationLock(HipKneeDbContext db) => _db = db;

    /// <summary>Waits until no other instance is migrating this database, then holds the lock until disposed.</summary>
    public static async Task<PostgresMigrationLock> TakeAsync(HipKneeDbContext db, CancellationToken ct)
    {
        // Opened explicitly so that EF Core keeps this one connection (and the session's lock) until it is closed.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(Lock, ct);
            return new PostgresMigrationLock(db);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _db.Database.ExecuteSqlRawAsync(Unlock);
        }
        finally
        {
            // Closing returns the connection to the pool; the unlock above keeps a pooled session from holding the lock.
            await _db.Database.CloseConnectionAsync();
        }
    }
}
