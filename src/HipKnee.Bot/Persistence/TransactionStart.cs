using HipKnee.Bot.Persistence.FastPaths;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HipKnee.Bot.Persistence;

public static class TransactionStart
{
    /// <summary>
    /// <see cref="RelationalDatabaseFacadeExtensions.BeginTransactionAsync(DatabaseFacade, CancellationToken)"/>, but a
    /// connection opened for a transaction that could not begin (SQLITE_BUSY on <c>BEGIN IMMEDIATE</c>, a server gone
    /// away) is closed again. EF Core leaves it open; on SQLite that kept this process's turn at the file
    /// (<see cref="SqliteTurns"/>) with a context back in the pool, and every other writer of the process waited for
    /// it long after the database was usable again.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginOrCloseAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        var wasOpen = database.GetDbConnection().State == System.Data.ConnectionState.Open;
        try
        {
            return await database.BeginTransactionAsync(ct);
        }
        catch
        {
            if (!wasOpen)
            {
                await database.CloseConnectionAsync();
            }

            throw;
        }
    }
}
