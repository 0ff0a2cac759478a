using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Sets per-connection SQLite pragmas: wait for a busy writer instead of failing at once,
/// enforce foreign keys, and fsync less often in WAL mode (still durable across process crashes). Pragmas belong to
/// the underlying SQLite handle, which the connection pool keeps open between uses, so they are set once per handle.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
    private readonly ConditionalWeakTable<object, object> _set = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsNewHandle(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNewHandle(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True the first time a handle is seen (or for a connection that is not SQLite's, where it cannot tell).</summary>
    private bool IsNewHandle(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _set.TryAdd(handle, handle);
}
