using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bot.Tests.Postgres;

/// <summary>Quartz's clustered store on PostgreSQL, on fake time shared by two instances of the bot.</summary>
public sealed class ClusteredSchedulerTests
{
    private const string ScanDebugLogs = "--Logging:LogLevel:HipKnee.Bot.Scheduling=Debug";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 30, TimeSpan.Zero);

    [SkippableFact]
    public async Task The_reminder_scan_runs_on_exactly_one_of_two_instances_each_minute_and_on_the_survivor_when_one_stops()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        var time = new FakeTimeProvider(Start);
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token, time);
        var logs = new[] { new CapturingLoggerProvider(), new CapturingLoggerProvider() };
        await using var first = await BotTestHost.StartAsync(api, db, time, logs[0], ["--Polling:InstanceId=first", ScanDebugLogs]);
        await using var second = await BotTestHost.StartAsync(api, db, time, logs[1], ["--Polling:InstanceId=second", ScanDebugLogs]);
        BotTestHost[] instances = [first, second];

        var ranOn = new List<int>();
        for (var minute = 1; minute <= 3; minute++)
        {
            ranOn.Add(await NextMinuteAsync(time, logs));
        }

        var stopped = ranOn[^1];
        await instances[stopped].DisposeAsync();
        for (var minute = 4; minute <= 6; minute++)
        {
            Assert.Equal(1 - stopped, await NextMinuteAsync(time, logs));
        }

        for (var minute = 1; minute <= 6; minute++)
        {
            var due = $"{Start.AddSeconds(-30).AddMinutes(minute):O}";
            Assert.Equal(1, logs.Sum(instance => instance.Lines.Count(line => line.Contains(due, StringComparison.Ordinal))));
        }
    }

    /// <summary>Moves fake time to the next minute and returns which instance ran that minute's scan.</summary>
    private static async Task<int> NextMinuteAsync(FakeTimeProvider time, CapturingLoggerProvider[] logs)
    {
        time.Advance(TimeSpan.FromMinutes(1));
        var due = $"Reminder scan due at {time.GetUtcNow().AddSeconds(-30):O}";
        int Runs(CapturingLoggerProvider instance) => instance.Lines.Count(line => line.Contains(due, StringComparison.Ordinal));
        await Waits.UntilAsync(() => logs.Any(instance => Runs(instance) > 0), $"the scan due at {time.GetUtcNow().AddSeconds(-30):O}");
        return Array.FindIndex(logs, instance => Runs(instance) > 0);
    }
}
