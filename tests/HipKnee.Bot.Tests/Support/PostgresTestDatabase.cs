using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HipKnee.Bot.Tests.Support;

/// <summary>
/// A fresh database on the PostgreSQL server named by <see cref="Variable"/>, dropped at the end. The role in that
/// connection string needs CREATEDB; the database it names is only used to create and drop the test databases.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string Variable = "HIPKNEE_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = $"hipknee_test_{Guid.NewGuid():N}";

    private PostgresTestDatabase(string server)
    {
        _server = server;
        Execute($"CREATE DATABASE \"{_name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    public string Provider => "Postgres";

    public string ConnectionString { get; }

    /// <summary>Skips the calling test, saying why, when no server is configured; otherwise creates the database.</summary>
    public static PostgresTestDatabase CreateOrSkip()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(server),
            $"{Variable} is not set, so there is no PostgreSQL server to test against (.ci/run starts one and sets it, e.g. Host=127.0.0.1;Username=hipknee_test;Password=...;Database=hipknee_test).");
        return new PostgresTestDatabase(server!);
    }

    public HipKneeDbContext Open() =>
        new PostgresHipKneeDbContext(new DbContextOptionsBuilder<PostgresHipKneeDbContext>().UseNpgsql(ConnectionString).Options);

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
