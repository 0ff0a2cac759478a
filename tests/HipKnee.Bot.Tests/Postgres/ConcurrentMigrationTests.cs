using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bot.Tests.Postgres;

/// <summary>Issue 14 item 7: several instances started at the same moment on one fresh database all come up, and migrate once.</summary>
public sealed class ConcurrentMigrationTests
{
    [SkippableFact]
    public async Task Four_hosts_started_together_on_a_fresh_postgres_database_all_come_up_and_apply_each_migration_once()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);

        var starting = Enumerable.Range(1, 4)
            .Select(i => Task.Run(() => BotTestHost.StartAsync(api, db, settings: [$"--Polling:InstanceId=instance-{i}"])))
            .ToList();
        var hosts = await Task.WhenAll(starting);
        try
        {
            foreach (var host in hosts)
            {
                Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(host));
            }

            await using var store = db.Open();
            var applied = await store.Database.SqlQueryRaw<string>("""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" """).ToListAsync();
            Assert.Equal(store.Database.GetMigrations().Order(), applied.Order());
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>The start-up race without the rest of the hosts, many at once, so a missing lock shows more often.</summary>
    [SkippableFact]
    public async Task Eight_migrators_run_together_on_a_fresh_postgres_database_all_succeed()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        var apps = Enumerable.Range(1, 8).Select(_ => BotHost.Build(BotTestHost.Arguments(api, db)).App!).ToList();
        try
        {
            var problems = await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None))));

            Assert.All(problems, Assert.Null);
            await using var store = db.Open();
            Assert.Empty(await store.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }
}
