using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests.MiniApp;

/// <summary>The Mini App in a real browser (Debian's chromium) against the real host, its API and a seeded database.</summary>
public sealed class MiniAppBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int SevenThirty = 7 * 60 + 30;

    [SkippableTheory]
    [InlineData("light", "en")]
    [InlineData("dark", "en")]
    [InlineData("light", "zh-hans")]
    public async Task The_page_shows_the_seeded_weeks_pain_and_levels_and_changes_the_reminder_time(string theme, string language)
    {
        browser.SkipWithoutBrowser();
        await using var scenario = await MiniAppScenario.StartAsync(language);
        var colours = theme == "dark" ? MiniAppPage.DarkTheme : MiniAppPage.LightTheme;
        var locale = language.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en-US";
        await using var app = await MiniAppPage.OpenAsync(browser, MiniAppPage.Url(scenario.BaseAddress, scenario.InitData(), colours), locale);

        Assert.True(await app.Page.Locator("#problem").IsHiddenAsync(), await app.TextAsync("#problem"));
        await MiniAppAssertions.ShowsTheSeededProgressAsync(app);
        await MiniAppAssertions.FollowsTheThemeAsync(app, colours);
        if (language.StartsWith("zh", StringComparison.Ordinal))
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await app.TextAsync("#week-heading"));
        }

        await app.ScreenshotAsync($"{theme}-{language}", wholePage: true);

        var before = scenario.Api.TextsSentTo(MiniAppScenario.Runner).Count;
        await app.Page.FillAsync("#time", "18:45");
        await app.Page.ClickAsync("#schedule-save");
        await app.Page.WaitForFunctionAsync("() => document.getElementById('settings-status').textContent.length > 0");

        await using (var db = scenario.OpenDatabase())
        {
            Assert.Equal(18 * 60 + 45, (await db.Users.SingleAsync(u => u.ChatId == MiniAppScenario.Runner)).ReminderMinuteOfDay);
        }
        await scenario.Api.WaitForSentCountAsync(MiniAppScenario.Runner, before + 1, Waits.Long);
        Assert.Contains("18:45", scenario.Api.TextsSentTo(MiniAppScenario.Runner)[before]);
        Assert.Contains("18:45", await app.TextAsync("#reminder-text"));
        Assert.True(await app.Page.Locator("#settings-error").IsHiddenAsync());
        await app.ScreenshotAsync($"{theme}-{language}-saved");
        Assert.Equal([], app.Problems);
    }

    [SkippableFact]
    public async Task A_refused_schedule_shows_the_servers_message_and_changes_nothing()
    {
        browser.SkipWithoutBrowser();
        await using var scenario = await MiniAppScenario.StartAsync("en");
        await using var app = await MiniAppPage.OpenAsync(browser, MiniAppPage.Url(scenario.BaseAddress, scenario.InitData(), MiniAppPage.LightTheme));
        var outbox = await OutboxRowsAsync(scenario);

        await app.Page.Locator("#days input[value='mon']").UncheckAsync();
        await app.Page.FillAsync("#time", "06:15");
        await app.Page.ClickAsync("#schedule-save");
        await app.Page.Locator("#settings-error").WaitForAsync();

        Assert.NotEmpty(await app.TextAsync("#settings-error"));
        await using var db = scenario.OpenDatabase();
        var user = await db.Users.SingleAsync(u => u.ChatId == MiniAppScenario.Runner);
        Assert.Equal((SevenThirty, 1 | 4 | 16), (user.ReminderMinuteOfDay, user.TrainingDays));
        Assert.Equal(outbox, await OutboxRowsAsync(scenario));
        Assert.False(await app.Page.Locator("#days input[value='mon']").IsCheckedAsync(), "the form keeps the runner's choice to correct");
        Assert.Equal("06:15", await app.Page.InputValueAsync("#time"));
        await app.ScreenshotAsync("refused-schedule");
        Assert.Equal(["400 PUT /app/api/settings/schedule"], app.Problems);
    }

    [SkippableFact]
    public async Task A_time_zone_found_by_search_is_saved()
    {
        browser.SkipWithoutBrowser();
        await using var scenario = await MiniAppScenario.StartAsync("en");
        await using var app = await MiniAppPage.OpenAsync(browser, MiniAppPage.Url(scenario.BaseAddress, scenario.InitData(), MiniAppPage.LightTheme));

        await app.Page.FillAsync("#zone-search", "new york");
        Assert.Equal(["America/New_York"], await app.Page.Locator("#zone option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await app.Page.ClickAsync("#zone-save");
        await app.Page.WaitForFunctionAsync("() => document.getElementById('settings-status').textContent.length > 0");

        await using var db = scenario.OpenDatabase();
        Assert.Equal("America/New_York", (await db.Users.SingleAsync(u => u.ChatId == MiniAppScenario.Runner)).TimeZoneId);
        Assert.Equal([], app.Problems);
    }

    [SkippableFact]
    public async Task Opened_outside_telegram_the_page_shows_the_servers_refusal()
    {
        browser.SkipWithoutBrowser();
        await using var scenario = await MiniAppScenario.StartAsync("en");
        await using var app = await MiniAppPage.OpenAsync(browser, new Uri(scenario.BaseAddress, "/app/").ToString());

        Assert.Contains("Telegram", await app.TextAsync("#problem"));
        Assert.True(await app.Page.Locator("#week").IsHiddenAsync());
    }

    private static async Task<int> OutboxRowsAsync(MiniAppScenario scenario)
    {
        await using var db = scenario.OpenDatabase();
        return await db.Outbox.CountAsync(m => m.ChatId == MiniAppScenario.Runner);
    }
}
