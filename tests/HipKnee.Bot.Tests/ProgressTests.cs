using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

public sealed class ProgressTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_pain_answer_is_stored_with_the_local_date_and_stats_read_the_stored_history()
    {
        await using var scenario = await ReminderScenario.StartAsync(MondayMorning);
        await scenario.SayAsync("/train");
        for (var set = 0; set < 8; set++)
        {
            await scenario.SayAsync(set == 3 ? "skip" : "done");
        }

        scenario.Time.SetUtcNow(new DateTimeOffset(2026, 1, 5, 23, 30, 0, TimeSpan.Zero));
        Assert.Contains("knee pain 2/10 on Tue 6 Jan", await scenario.SayAsync("/pain 2"));
        var stats = await scenario.SayAsync("/stats");

        Assert.Contains("Sessions completed: 1", stats);
        Assert.Contains("Sets skipped: Side plank 1", stats);
        await using var db = scenario.OpenDatabase();
        var entry = await db.PainEntries.SingleAsync();
        Assert.Equal((ReminderScenario.Runner, 2, new DateOnly(2026, 1, 6), 1), (entry.ChatId, entry.Score, entry.LocalDay, entry.SessionNumber));
    }

    [Fact]
    public async Task A_chinese_telegram_user_is_coached_in_chinese_and_the_menu_is_registered_per_language()
    {
        await using var scenario = await ReminderScenario.StartAsync(MondayMorning);
        var before = scenario.Api.TextsSentTo(8008).Count;

        scenario.Api.EnqueueText(8008, "/train", languageCode: "zh-hans");
        await scenario.Api.WaitForSentCountAsync(8008, before + 1, Waits.Long);

        Assert.Contains("第 1 组，共 8 组 · 弓步蹲，左腿在前", scenario.Api.TextsSentTo(8008)[^1]);
        var menus = scenario.Api.CallsTo("setMyCommands");
        Assert.Contains(menus, call => call.GetString("language_code") == "zh" && Descriptions(call).Contains("开始或继续今天的训练"));
        Assert.Contains(menus, call => call.GetString("language_code") is null && Descriptions(call).Contains("Erase everything about you"));
    }

    private static List<string?> Descriptions(HipKnee.Testing.Fakes.RecordedCall call)
    {
        var commands = call.Body.GetProperty("commands");
        var list = commands.ValueKind == System.Text.Json.JsonValueKind.String
            ? System.Text.Json.JsonDocument.Parse(commands.GetString()!).RootElement
            : commands;
        return list.EnumerateArray().Select(c => c.GetProperty("description").GetString()).ToList();
    }
}
