using HipKnee.Bot.Persistence;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests.Support;

/// <summary>A fresh database on the PostgreSQL server named by <see cref="Variable"/>, dropped at the end.</summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string Variable = "HIPKNEE_TEST_POSTGRES";

    private readonly ScratchPostgresDatabase _database;

    private PostgresTestDatabase(string server) => _database = new ScratchPostgresDatabase(server, "hipknee_test");

    public string Provider => "Postgres";

    public string ConnectionString => _database.ConnectionString;

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

    public void Dispose() => _database.Dispose();
}
