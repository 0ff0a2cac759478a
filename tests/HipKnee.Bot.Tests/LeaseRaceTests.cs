using HipKnee.Bot.Leases;
using HipKnee.Bot.Options;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HipKnee.Bot.Tests;

/// <summary>
/// Several instances, each with several callers, ask at the same moment for a lease nobody has taken yet: the row
/// is created once, and the losers are told it is held without the database reporting a failed insert.
/// </summary>
public sealed class LeaseRaceTests
{
    private const int Instances = 4;
    private const int CallersPerInstance = 8;
    private const int Rounds = 20;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task Of_many_instances_racing_for_a_new_lease_exactly_one_takes_it_and_nothing_is_logged_as_an_error(string provider)
    {
        using var db = TestDatabases.Create(provider);
        var logs = new CapturingLoggerProvider();
        await using (var migrating = Instance(db, logs))
        {
            // A fresh database: its first migration must not log an error either.
            Assert.Null(await migrating.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));
        }

        var instances = Enumerable.Range(0, Instances).Select(_ => Instance(db, logs)).ToList();
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var name = $"race-{round}";
                var winners = await RaceAsync(instances, name);

                var winner = Assert.Single(winners);
                var row = await instances[0].GetRequiredService<LeaseStore>().FindAsync(name, CancellationToken.None);
                Assert.Equal(winner, row?.HolderId);
                // Set on the database's clock, not the caller's.
                Assert.InRange(row!.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.Zero, Duration);
            }

            var errors = logs.Lines.Where(line => line.StartsWith($"{LogLevel.Error} ", StringComparison.Ordinal) || line.StartsWith($"{LogLevel.Critical} ", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} error lines, the first: {errors.FirstOrDefault()}");
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>Every caller asks as its own holder, all released at once; returns the holders that were told they took the lease.</summary>
    private static async Task<List<string>> RaceAsync(IReadOnlyList<ServiceProvider> instances, string name)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callers = instances
            .SelectMany((instance, i) => Enumerable.Range(0, CallersPerInstance).Select(c => (Store: instance.GetRequiredService<LeaseStore>(), Holder: $"instance-{i}-caller-{c}")))
            .Select(caller => Task.Run(async () =>
            {
                await go.Task;
                return await caller.Store.TryTakeAsync(name, caller.Holder, Duration, CancellationToken.None) ? caller.Holder : null;
            }))
            .ToList();
        go.SetResult();
        return (await Task.WhenAll(callers)).OfType<string>().ToList();
    }

    /// <summary>One instance's store, logging into <paramref name="logs"/> (EF Core's own categories included).</summary>
    private static ServiceProvider Instance(ITestDatabase db, CapturingLoggerProvider logs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseCheck.ProviderKey] = db.Provider,
            [DatabaseCheck.ConnectionStringKey] = db.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddHipKneePersistence(configuration);
        services.AddSingleton<LeaseStore>();
        return services.BuildServiceProvider();
    }
}
