using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HipKnee.Bot.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteHipKneeDbContext</c> build the context without starting the bot.</summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteHipKneeDbContext>
{
    public SqliteHipKneeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHipKneeDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
