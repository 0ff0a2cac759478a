using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests;

/// <summary>Reminders:StartFanOutsEarly: a fan-out too large for its minute starts early, centred on the minute.</summary>
public sealed class EarlyFanOutTests
{
    private static readonly DateTimeOffset WinterSunday = new(2026, 1, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WinterMonday0630Utc = new(2026, 1, 5, 6, 30, 0, TimeSpan.Zero);

    /// <summary>120 runners due at 1 message/s take 2 minutes to remind, so the fan-out starts 1 minute early.</summary>
    private const int Runners = 120;

    [Theory]
    [InlineData(true, 60)]
    [InlineData(false, 0)]
    public async Task A_fanout_too_large_for_its_minute_starts_half_its_length_early_when_the_operator_opted_in(bool optedIn, int leadSeconds)
    {
        await using var scenario = await ReminderScenario.StartAsync(WinterSunday,
            settings: [$"--Reminders:StartFanOutsEarly={optedIn}", "--Telegram:MaxMessagesPerSecond=1"]);
        await CloneRunnerAsync(scenario);
        var lead = TimeSpan.FromSeconds(leadSeconds);

        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc - lead - TimeSpan.FromMinutes(1)));
        Assert.Equal(Runners, await scenario.ScanAtAsync(WinterMonday0630Utc - lead));
        Assert.Equal(0, await scenario.ScanAtAsync(WinterMonday0630Utc));

        await using var db = scenario.OpenDatabase();
        var nudges = await db.Outbox.Where(m => m.Topic == OutboxTopic.Reminder).ToListAsync();
        Assert.Equal(Runners, nudges.Select(m => m.ChatId).Distinct().Count());
        // Claimed early, decided as at the due minute: the same nudge, queued to go at once.
        Assert.All(nudges, nudge => Assert.StartsWith("It's training day", nudge.Text));
        Assert.All(nudges, nudge => Assert.Equal(WinterMonday0630Utc - lead, nudge.NextAttemptAt));
        var runner = await scenario.UserAsync();
        Assert.Equal(WinterMonday0630Utc.AddHours(3), runner.NextNudgeAt);
    }

    /// <summary>The scenario's runner (Mon/Wed/Fri 07:30 Berlin) and copies of them, all due at the same minute.</summary>
    private static async Task CloneRunnerAsync(ReminderScenario scenario)
    {
        var runner = await scenario.UserAsync();
        await using var db = scenario.OpenDatabase();
        for (var i = 1; i < Runners; i++)
        {
            var copy = runner.Copy();
            copy.ChatId = ReminderScenario.Runner + (1000 * i);
            db.Users.Add(copy);
        }

        await db.SaveChangesAsync();
    }
}
