using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Persistence;

/// <summary>The store on PostgreSQL; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresHipKneeDbContext(DbContextOptions<PostgresHipKneeDbContext> options) : HipKneeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // PostgreSQL compares and indexes timestamptz natively, so instants keep their readable type there;
        // Npgsql only writes offset zero, hence the normalisation.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }
}
