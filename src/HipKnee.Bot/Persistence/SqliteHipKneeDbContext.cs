using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Persistence;

/// <summary>The store on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteHipKneeDbContext(DbContextOptions<SqliteHipKneeDbContext> options) : HipKneeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type; Unix milliseconds keep instants comparable and sortable in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }
}
