using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresHipKneeDbContext</c> build the context without starting
/// the bot; adding a migration never connects, so no server is needed.
/// </summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresHipKneeDbContext>
{
    public PostgresHipKneeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHipKneeDbContext>().UseNpgsql("Host=localhost;Database=hipknee_design_time").Options);
}
