using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

/// <summary>Training-day nudges through the real host and scan, on each database provider.</summary>
public abstract class ReminderTests
{
    protected abstract string Provider { get; }

    private Task<ReminderScenario> StartScenarioAsync(DateTimeOffset start, string scanCron = ReminderScenario.NeverCron) =>
        ReminderScenario.StartAsync(start, scanCron, Provider);

    private static readonly DateTimeOffset WinterSunday = new(2026, 1, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WinterMonday0630Utc = new(2026, 1, 5, 6, 30, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Winter_monday_gets_exactly_one_nudge_at_0630_utc_and_tuesday_gets_none()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);

        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddSeconds(-1)));
        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc));
        await scenario.WaitForNudgeSentAsync(1);
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddMinutes(1)));
        var reminder = await scenario.Api.WaitForCallAsync(c => c.Text?.StartsWith("It's training day", StringComparison.Ordinal) == true, Waits.Long);
        Assert.Equal(WinterMonday0630Utc, reminder.At);
        var buttons = reminder.Body.GetProperty("reply_markup").GetProperty("inline_keyboard")[0];
        Assert.Equal(["Start now", "In 1 hour", "Not today"], buttons.EnumerateArray().Select(b => b.GetProperty("text").GetString()!));

        await scenario.PressAsync("n:x:20260105");
        Assert.Equal(0, await scenario.ScanAtAsync(new DateTimeOffset(2026, 1, 6, 6, 30, 0, TimeSpan.Zero)));
        Assert.Single(await scenario.NudgesAsync());
        Assert.Equal(new DateTimeOffset(2026, 1, 7, 6, 30, 0, TimeSpan.Zero), (await scenario.UserAsync()).NextNudgeAt);
    }

    [SkippableFact]
    public async Task Summer_monday_nudge_comes_at_0530_utc()
    {
        await using var scenario = await StartScenarioAsync(new DateTimeOffset(2026, 6, 28, 12, 0, 0, TimeSpan.Zero));
        var due = new DateTimeOffset(2026, 6, 29, 5, 30, 0, TimeSpan.Zero);

        Assert.Equal(due, (await scenario.UserAsync()).NextNudgeAt);
        Assert.Equal(0, await scenario.ScanAtAsync(due.AddMinutes(-1)));
        Assert.Equal(1, await scenario.ScanAtAsync(due));
        await scenario.WaitForNudgeSentAsync(1);
        Assert.Single(await scenario.NudgesAsync());
    }

    [SkippableFact]
    public async Task No_nudge_on_a_monday_already_trained()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);
        scenario.Time.SetUtcNow(WinterMonday0630Utc.AddHours(-1));
        await scenario.SayAsync("/train");
        for (var set = 0; set < 8; set++)
        {
            await scenario.SayAsync("done");
        }

        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc));
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddHours(3)));
        Assert.Empty(await scenario.NudgesAsync());
        Assert.Equal(new DateTimeOffset(2026, 1, 7, 6, 30, 0, TimeSpan.Zero), (await scenario.UserAsync()).NextNudgeAt);
    }

    [SkippableFact]
    public async Task Snooze_sends_exactly_one_more_an_hour_later_and_nothing_after()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);
        await scenario.ScanAtAsync(WinterMonday0630Utc);
        await scenario.WaitForNudgeSentAsync(1);

        scenario.Time.SetUtcNow(WinterMonday0630Utc.AddMinutes(2));
        await scenario.PressAsync("n:s:20260105");
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddMinutes(61)));
        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc.AddMinutes(62)));
        await scenario.ScanAtAsync(WinterMonday0630Utc.AddHours(4));
        await scenario.ScanAtAsync(WinterMonday0630Utc.AddHours(6));

        await scenario.WaitForNudgeSentAsync(2);
        var nudges = await scenario.NudgesAsync();
        Assert.Equal(2, nudges.Count);
        Assert.All(nudges, text => Assert.StartsWith("It's training day", text));
    }

    [SkippableFact]
    public async Task Follow_up_after_three_hours_comes_only_when_no_session_was_started()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);
        await scenario.ScanAtAsync(WinterMonday0630Utc);
        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc.AddHours(3)));
        await scenario.WaitForNudgeSentAsync(2);
        Assert.StartsWith("Still time", (await scenario.NudgesAsync())[1]);

        // No Tuesday catch-up: it would put Tuesday between Monday and Wednesday, back to back.
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddDays(1)));
        var wednesday = WinterMonday0630Utc.AddDays(2);
        await scenario.ScanAtAsync(wednesday);
        scenario.Time.SetUtcNow(wednesday.AddMinutes(5));
        await scenario.PressAsync("t");
        Assert.Equal(1, await scenario.ScanAtAsync(wednesday.AddHours(3)));
        Assert.Equal(3, (await scenario.NudgesAsync()).Count);
    }

    [SkippableFact]
    public async Task A_restart_between_scheduling_and_the_due_time_still_sends_exactly_one()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);
        await scenario.StopHostAsync();
        scenario.Time.SetUtcNow(WinterMonday0630Utc.AddHours(-2));
        await scenario.StartHostAsync();

        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc));
        await scenario.WaitForNudgeSentAsync(1);
        Assert.Single(await scenario.NudgesAsync());
    }

    [SkippableFact]
    public async Task Down_from_0700_to_1000_local_sends_nothing_that_day_and_the_next_on_wednesday()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);
        await scenario.StopHostAsync();
        scenario.Time.SetUtcNow(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await scenario.StartHostAsync();

        Assert.Equal(1, await scenario.ScanAtAsync(scenario.Time.GetUtcNow()));
        Assert.Empty(await scenario.NudgesAsync());
        // No catch-up on Tuesday (back to back with Wednesday); Wednesday's reminder comes as planned.
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddDays(1)));
        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc.AddDays(2)));
        await scenario.WaitForNudgeSentAsync(1);
        Assert.Single(await scenario.NudgesAsync());
    }

    [SkippableFact]
    public async Task Back_within_the_two_hour_grace_the_missed_nudge_is_sent_late_once()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);
        await scenario.StopHostAsync();
        scenario.Time.SetUtcNow(WinterMonday0630Utc.AddMinutes(90));
        await scenario.StartHostAsync();

        Assert.Equal(1, await scenario.ScanAtAsync(scenario.Time.GetUtcNow()));
        Assert.Equal(0, await scenario.ScanAtAsync(scenario.Time.GetUtcNow().AddMinutes(1)));
        await scenario.WaitForNudgeSentAsync(1);
        Assert.Single(await scenario.NudgesAsync());
    }

    [SkippableFact]
    public async Task The_quartz_job_runs_the_scan_on_its_own()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday, scanCron: "* * * * * ?");

        scenario.Time.SetUtcNow(WinterMonday0630Utc);
        await scenario.WaitForNudgeSentWhileTimePassesAsync(1);
        Assert.Single(await scenario.NudgesAsync());
    }

    [SkippableFact]
    public async Task A_reminder_answered_403_marks_the_user_inactive_and_no_more_reminders_come_until_they_write()
    {
        await using var scenario = await StartScenarioAsync(WinterSunday);
        scenario.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user");

        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc));
        await scenario.Api.WaitForCallAsync(c => c.Failed && c.Is("sendMessage"), Waits.Long);
        await Waits.UntilAsync(() => !scenario.UserAsync().GetAwaiter().GetResult().IsActive, "the blocked user to be marked inactive");
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddDays(2)));
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc.AddDays(4)));

        await scenario.SayAsync("/help");
        Assert.True((await scenario.UserAsync()).IsActive);
        Assert.Equal(1, await scenario.ScanAtAsync(WinterMonday0630Utc.AddDays(7)));
    }
}

public sealed class RemindersOnSqliteTests : ReminderTests
{
    protected override string Provider => TestDatabases.Sqlite;
}

public sealed class RemindersOnPostgresTests : ReminderTests
{
    protected override string Provider => TestDatabases.Postgres;
}
