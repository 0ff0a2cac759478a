using HipKnee.Bot.Persistence;
using HipKnee.Testing.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HipKnee.Bench;

/// <summary>
/// A database for one run: a SQLite file (temporary, or a kept one under bench/.cache) or a fresh database on the
/// PostgreSQL server named by <c>HIPKNEE_TEST_POSTGRES</c>, dropped at the end.
/// </summary>
public sealed class BenchDatabase : IDisposable
{
    public const string PostgresVariable = "HIPKNEE_TEST_POSTGRES";

    private readonly string? _sqlitePath;
    private readonly bool _keep;
    private readonly ScratchPostgresDatabase? _postgres;

    private BenchDatabase(string provider, string connectionString, string? sqlitePath, bool keep, ScratchPostgresDatabase? postgres)
    {
        (Provider, ConnectionString, _sqlitePath, _keep, _postgres) = (provider, connectionString, sqlitePath, keep, postgres);
    }

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as <c>Database:Provider</c> takes it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath => _sqlitePath;

    /// <summary>A temporary SQLite file, or a kept one at <paramref name="keepAt"/> (not deleted at the end).</summary>
    public static BenchDatabase Sqlite(string? keepAt = null)
    {
        var path = keepAt ?? Path.Combine(Path.GetTempPath(), $"hipknee-bench-{Guid.NewGuid():N}.db");
        return new BenchDatabase("Sqlite", $"Data Source={path}", path, keepAt is not null, null);
    }

    /// <summary>A fresh PostgreSQL database; throws when <see cref="PostgresVariable"/> is not set.</summary>
    public static BenchDatabase Postgres()
    {
        var server = PostgresServer() ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        // The local server's 100 connections are shared with whoever else uses it; two hosts in one process share this pool.
        var database = new ScratchPostgresDatabase(server, "hipknee_bench", maxPoolSize: 40);
        return new BenchDatabase("Postgres", database.ConnectionString, null, false, database);
    }

    public static string? PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static BenchDatabase Create(string provider) =>
        string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase) ? Postgres() : Sqlite();

    public HipKneeDbContext Open() => IsPostgres
        ? new PostgresHipKneeDbContext(new DbContextOptionsBuilder<PostgresHipKneeDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteHipKneeDbContext(new DbContextOptionsBuilder<SqliteHipKneeDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Bytes on disk: the SQLite file with its WAL, or pg_database_size.</summary>
    public long SizeInBytes()
    {
        if (_sqlitePath is not null)
        {
            return new[] { "", "-wal" }.Select(suffix => new FileInfo(_sqlitePath + suffix)).Where(f => f.Exists).Sum(f => f.Length);
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            if (!_keep)
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(_sqlitePath + suffix);
                }
            }

            return;
        }

        _postgres?.Dispose();
    }
}
