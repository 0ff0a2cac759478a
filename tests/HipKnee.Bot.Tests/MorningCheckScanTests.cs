using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

/// <summary>The next-morning check through the real host and its scan: once, across a restart, paused, on a DST day.</summary>
public sealed class MorningCheckScanTests
{
    private const string Question = "Good morning! How is your knee this morning";
    private static readonly DateTimeOffset WinterSunday = new(2026, 1, 4, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Berlin, Mon/Wed/Fri 07:30: the check after a Monday-evening session is Tuesday 07:30 local, 06:30 UTC.</summary>
    private static readonly DateTimeOffset TuesdayCheck = new(2026, 1, 6, 6, 30, 0, TimeSpan.Zero);

    private static async Task TrainAtAsync(ReminderScenario scenario, DateTimeOffset at)
    {
        scenario.Time.SetUtcNow(at);
        await scenario.TrainFullyAsync(ReminderScenario.Runner);
    }

    private static int Asked(ReminderScenario scenario) =>
        scenario.Api.TextsSentTo(ReminderScenario.Runner).Count(text => text.StartsWith(Question, StringComparison.Ordinal));

    private static async Task<int> QueuedAsync(ReminderScenario scenario)
    {
        await using var db = scenario.OpenDatabase();
        return await db.Outbox.CountAsync(m => m.ChatId == ReminderScenario.Runner && m.Text != null && m.Text.StartsWith(Question));
    }

    [Fact]
    public async Task The_morning_after_a_session_one_check_is_sent_exactly_once()
    {
        await using var scenario = await ReminderScenario.StartAsync(WinterSunday);
        await TrainAtAsync(scenario, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(TuesdayCheck, (await scenario.UserAsync()).NextMorningCheckAt);
        Assert.Equal(0, await scenario.MorningScanAtAsync(TuesdayCheck.AddSeconds(-1)));
        Assert.Equal(1, await scenario.MorningScanAtAsync(TuesdayCheck));
        Assert.Equal(0, await scenario.MorningScanAtAsync(TuesdayCheck.AddMinutes(1)));
        Assert.Equal(0, await scenario.MorningScanAtAsync(TuesdayCheck.AddHours(5)));

        await scenario.Api.WaitForCallAsync(_ => Asked(scenario) == 1, Waits.Long);
        Assert.Equal(1, await QueuedAsync(scenario));
        Assert.Null((await scenario.UserAsync()).NextMorningCheckAt);
    }

    [Fact]
    public async Task The_planned_check_survives_a_restart_and_is_still_sent_once()
    {
        await using var scenario = await ReminderScenario.StartAsync(WinterSunday);
        await TrainAtAsync(scenario, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero));

        await scenario.StopHostAsync();
        await scenario.StartHostAsync();
        Assert.Equal(1, await scenario.MorningScanAtAsync(TuesdayCheck.AddMinutes(3)));
        await scenario.StopHostAsync();
        await scenario.StartHostAsync();
        Assert.Equal(0, await scenario.MorningScanAtAsync(TuesdayCheck.AddMinutes(4)));

        await scenario.Api.WaitForCallAsync(_ => Asked(scenario) == 1, Waits.Long);
        Assert.Equal(1, await QueuedAsync(scenario));
    }

    [Fact]
    public async Task Paused_reminders_mean_no_morning_check()
    {
        await using var scenario = await ReminderScenario.StartAsync(WinterSunday);
        await TrainAtAsync(scenario, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero));

        await scenario.SayAsync("/pause");

        Assert.Null((await scenario.UserAsync()).NextMorningCheckAt);
        Assert.Equal(0, await scenario.MorningScanAtAsync(TuesdayCheck));
        Assert.Equal(0, await QueuedAsync(scenario));
    }

    [Fact]
    public async Task On_the_spring_forward_sunday_the_check_comes_at_0730_local_which_is_0530_utc()
    {
        await using var scenario = await ReminderScenario.StartAsync(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero));
        await TrainAtAsync(scenario, new DateTimeOffset(2026, 3, 28, 17, 0, 0, TimeSpan.Zero));
        var due = new DateTimeOffset(2026, 3, 29, 5, 30, 0, TimeSpan.Zero);

        Assert.Equal(due, (await scenario.UserAsync()).NextMorningCheckAt);
        Assert.Equal(0, await scenario.MorningScanAtAsync(due.AddMinutes(-1)));
        Assert.Equal(1, await scenario.MorningScanAtAsync(due));
        await scenario.Api.WaitForCallAsync(_ => Asked(scenario) == 1, Waits.Long);
    }

    [Fact]
    public async Task The_answer_is_stored_in_its_own_rows_and_erased_with_everything_else()
    {
        await using var scenario = await ReminderScenario.StartAsync(WinterSunday);
        await TrainAtAsync(scenario, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero));
        await scenario.MorningScanAtAsync(TuesdayCheck);
        await scenario.Api.WaitForCallAsync(_ => Asked(scenario) == 1, Waits.Long);

        await scenario.PressAsync("mc:3:20260106");
        await using (var db = scenario.OpenDatabase())
        {
            var row = await db.MorningChecks.SingleAsync(c => c.ChatId == ReminderScenario.Runner);
            Assert.Equal((new DateOnly(2026, 1, 6), 3), (row.Day, row.Answer));
        }

        await scenario.SayAsync("/deletemydata");
        await scenario.PressAsync("del:y");
        await using (var db = scenario.OpenDatabase())
        {
            Assert.False(await db.MorningChecks.AnyAsync(c => c.ChatId == ReminderScenario.Runner));
        }
    }
}
