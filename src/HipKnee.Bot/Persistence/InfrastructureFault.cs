using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Tells a failure of the database itself (unreachable, timed out, locked, read-only, out of disk) from a failure of
/// one piece of work on a working database (a bug, a constraint, a concurrent change). The first is waited out and
/// retried without limit; only the second may count against the work. EF Core wraps driver exceptions
/// (DbUpdateException, Npgsql's execution strategy's InvalidOperationException), so the whole chain is looked at.
/// </summary>
public static class InfrastructureFault
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteNoMemory = 7, SqliteReadOnly = 8, SqliteIoError = 10;
    private const int SqliteFull = 13, SqliteCannotOpen = 14, SqliteProtocol = 15;

    public static bool Is(Exception exception) => Chain(exception).Any(IsItself);

    private static bool IsItself(Exception ex) => ex switch
    {
        // Serialization failures and deadlocks are transient too, but they come from concurrent work on a working
        // database: they keep the bounded retries of the update that met them.
        PostgresException { SqlState: "40001" or "40P01" } => false,
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is "25006" or "57P01" or "57P02" or "57P03" or "53100" or "53200" or "53300",
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteNoMemory or SqliteReadOnly
            or SqliteIoError or SqliteFull or SqliteCannotOpen or SqliteProtocol,
        TimeoutException or SocketException or IOException => true,
        _ => false,
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            yield return ex;
            if (ex is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
