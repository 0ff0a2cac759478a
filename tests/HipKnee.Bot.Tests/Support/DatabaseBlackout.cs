using HipKnee.Bot.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HipKnee.Bot.Tests.Support;

/// <summary>
/// A test database that a test can take away from the bot and give back. SQLite: another connection holds the file's
/// write lock (BEGIN EXCLUSIVE), so every writer of the bot meets SQLITE_BUSY. PostgreSQL: the bot connects through a
/// <see cref="TcpOutageProxy"/> the test cuts; the shared server keeps running.
/// </summary>
public sealed class DatabaseBlackout : IAsyncDisposable
{
    private readonly ITestDatabase _database;
    private readonly TcpOutageProxy? _proxy;
    private SqliteConnection? _lockHolder;

    private DatabaseBlackout(ITestDatabase database, TcpOutageProxy? proxy, string botConnectionString)
    {
        (_database, _proxy) = (database, proxy);
        Database = new Route(database, botConnectionString);
    }

    /// <summary>What the bot is given: the database through the point of failure. <c>Open()</c> goes around it.</summary>
    public ITestDatabase Database { get; }

    public static DatabaseBlackout Create(string provider)
    {
        var database = TestDatabases.Create(provider);
        if (database is TestDatabase sqlite)
        {
            // Microsoft.Data.Sqlite would otherwise retry a busy statement for 30 s on top of SQLite's 10 s busy
            // timeout; with this the bot's writers fail after the busy timeout, as they would against a longer lock.
            return new DatabaseBlackout(database, null, $"{sqlite.ConnectionString};Default Timeout=1");
        }

        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var proxy = new TcpOutageProxy(direct.Host!, direct.Port);
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        return new DatabaseBlackout(database, proxy, proxied.ConnectionString);
    }

    public async Task BeginAsync()
    {
        if (_proxy is not null)
        {
            _proxy.Cut();
            return;
        }

        _lockHolder = new SqliteConnection($"{_database.ConnectionString};Pooling=False");
        await _lockHolder.OpenAsync();
        await using var command = _lockHolder.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
    }

    public async Task EndAsync()
    {
        _proxy?.Restore();
        if (_lockHolder is not null)
        {
            await using var command = _lockHolder.CreateCommand();
            command.CommandText = "ROLLBACK;";
            await command.ExecuteNonQueryAsync();
            await _lockHolder.DisposeAsync();
            _lockHolder = null;
        }
    }

    /// <summary>
    /// Ends the outage when disposed. Declared after the host, it runs before the host stops, so a test that fails
    /// mid-outage does not leave the host stopping against a database that never comes back.
    /// </summary>
    public IAsyncDisposable EndsBeforeTheHostStops() => new Ending(this);

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        _database.Dispose();
    }

    private sealed class Route(ITestDatabase database, string connectionString) : ITestDatabase
    {
        public string Provider => database.Provider;

        public string ConnectionString => connectionString;

        public HipKneeDbContext Open() => database.Open();

        public void Dispose()
        {
        }
    }

    private sealed class Ending(DatabaseBlackout blackout) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await blackout.EndAsync();
    }
}
