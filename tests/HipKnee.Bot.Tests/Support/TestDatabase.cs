using HipKnee.Bot.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests.Support;

/// <summary>A real SQLite database in a temp file, deleted (with its WAL files) at the end.</summary>
public sealed class TestDatabase : ITestDatabase
{
    public TestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hipknee-test-{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    public string Provider => "Sqlite";

    public string ConnectionString => $"Data Source={Path}";

    public HipKneeDbContext Open() =>
        new SqliteHipKneeDbContext(new DbContextOptionsBuilder<SqliteHipKneeDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
