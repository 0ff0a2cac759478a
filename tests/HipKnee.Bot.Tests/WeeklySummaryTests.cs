using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

public sealed class WeeklySummaryTests
{
    private static readonly DateTimeOffset WinterSunday = new(2026, 1, 4, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Sunday 11 January 2026, 19:00 in Berlin.</summary>
    private static readonly DateTimeOffset SundayEvening = new(2026, 1, 11, 18, 0, 0, TimeSpan.Zero);

    private static bool IsSummary(string text) => text.StartsWith("Your week", StringComparison.Ordinal);

    [Fact]
    public async Task The_summary_comes_once_per_week_per_user_across_a_restart()
    {
        await using var scenario = await ReminderScenario.StartAsync(WinterSunday);
        Assert.Equal(1, await scenario.SummaryScanAtAsync(WinterSunday.AddHours(6))); // this Sunday's, for the week just joined
        await scenario.Api.WaitForCallAsync(c => c.Text is { } t && IsSummary(t), Waits.Long);

        Assert.Equal(0, await scenario.SummaryScanAtAsync(SundayEvening.AddMinutes(-1)));
        Assert.Equal(1, await scenario.SummaryScanAtAsync(SundayEvening));
        await scenario.Api.WaitForCallAsync(c => c.Text?.Contains("(5 Jan to 11 Jan)", StringComparison.Ordinal) == true, Waits.Long);
        await scenario.StopHostAsync();
        await scenario.StartHostAsync();
        Assert.Equal(0, await scenario.SummaryScanAtAsync(SundayEvening.AddMinutes(1)));
        Assert.Equal(0, await scenario.SummaryScanAtAsync(SundayEvening.AddHours(5)));

        await using var db = scenario.OpenDatabase();
        Assert.Equal(2, db.Outbox.AsEnumerable().Count(m => m.Text is { } text && IsSummary(text)));
        Assert.Equal(SundayEvening.AddDays(7), (await scenario.UserAsync()).NextSummaryAt);
    }

    [Fact]
    public async Task A_short_week_asks_why_and_the_chosen_barrier_gets_its_plan()
    {
        await using var scenario = await ReminderScenario.StartAsync(WinterSunday);
        await scenario.SummaryScanAtAsync(WinterSunday.AddHours(6));
        await scenario.SummaryScanAtAsync(SundayEvening);
        var summary = await scenario.Api.WaitForCallAsync(c => c.Text?.Contains("(5 Jan to 11 Jan): a week off from the routine.", StringComparison.Ordinal) == true, Waits.Long);
        var buttons = summary.Body.GetProperty("reply_markup").GetProperty("inline_keyboard").EnumerateArray()
            .SelectMany(row => row.EnumerateArray()).Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(["No time", "Knee pain", "Forgot", "Travelling or ill", "Not sure I'm doing it right", "Not seeing results", "Other", "Stop weekly summaries"], buttons);

        var before = scenario.Api.TextsSentTo(ReminderScenario.Runner).Count;
        await scenario.PressAsync("wb:3");
        await scenario.Api.WaitForSentCountAsync(ReminderScenario.Runner, before + 1, Waits.Long);

        Assert.StartsWith("Plan for forgetting", scenario.Api.TextsSentTo(ReminderScenario.Runner)[^1]);
    }
}
