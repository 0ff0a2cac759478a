using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

public sealed class DatabaseConfigurationTests
{
    private static readonly string[] Bot = [$"--Telegram:BotToken={BotTestHost.Token}", "--Telegram:ApiBaseUrl=http://127.0.0.1:9", "--Urls=http://127.0.0.1:0"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Unknown_provider_exits_with_code_2_and_one_line_naming_the_key(bool console)
    {
        using var bot = BotProcess.Start([.. Bot, .. console ? new[] { "--console" } : [], "--Database:Provider=Oracle"]);

        Assert.Equal(2, await bot.WaitForExitAsync(Waits.Long));
        var line = Assert.Single(bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Database:Provider must be Sqlite or Postgres; 'Oracle' is not known", line);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_exits_with_code_2_naming_the_key()
    {
        using var bot = BotProcess.Start([.. Bot, "--Database:Provider=Postgres"]);

        Assert.Equal(2, await bot.WaitForExitAsync(Waits.Long));
        Assert.Contains("ConnectionStrings:HipKnee is missing", bot.Output);
    }

    [Fact]
    public async Task Unreachable_postgres_exits_with_code_2_naming_server_and_database_but_never_the_password()
    {
        using var bot = BotProcess.Start(
        [
            .. Bot, "--Database:Provider=Postgres",
            "--ConnectionStrings:HipKnee=Host=127.0.0.1;Port=9;Database=hipknee;Username=hipknee;Password=SECRET-PASSWORD;Timeout=5",
        ]);

        Assert.Equal(2, await bot.WaitForExitAsync(Waits.Long));
        Assert.Contains("Cannot open the database 'hipknee on 127.0.0.1:9' (ConnectionStrings:HipKnee)", bot.Output);
        Assert.DoesNotContain("SECRET-PASSWORD", bot.Output);
    }

    [Fact]
    public void Each_provider_has_its_own_migrations_covering_the_whole_model()
    {
        using HipKneeDbContext sqlite = new SqliteDesignTimeDbContextFactory().CreateDbContext([]);
        using HipKneeDbContext postgres = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add <Name> --context SqliteHipKneeDbContext ...");
        Assert.False(postgres.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add <Name> --context PostgresHipKneeDbContext ...");
        Assert.Contains(sqlite.Database.GetMigrations(), id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Contains(postgres.Database.GetMigrations(), id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
    }
}
