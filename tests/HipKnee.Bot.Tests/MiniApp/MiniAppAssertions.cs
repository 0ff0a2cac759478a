namespace HipKnee.Bot.Tests.MiniApp;

/// <summary>What the page must show for <see cref="MiniAppHistory"/>, whatever the theme and language.</summary>
public static class MiniAppAssertions
{
    public static async Task ShowsTheSeededProgressAsync(MiniAppPage app)
    {
        // This week (Thursday 26 Nov): Monday completed, Wednesday partial, Friday still to come.
        var days = app.Page.Locator("#week-days li");
        Assert.Equal(7, await days.CountAsync());
        Assert.Contains("status-completed", await days.Nth(0).GetAttributeAsync("class"));
        Assert.Contains("status-partial", await days.Nth(2).GetAttributeAsync("class"));
        Assert.Contains("today", await days.Nth(3).GetAttributeAsync("class"));
        Assert.Contains("status-upcoming", await days.Nth(4).GetAttributeAsync("class"));

        Assert.Equal(12, await app.Page.Locator("#calendar-weeks tr").CountAsync());
        Assert.Equal(7, await app.Page.Locator("#calendar-weekdays th").CountAsync());
        Assert.Contains("status-none", await app.CalendarCellAsync(new DateOnly(2026, 9, 7)));
        Assert.Contains("status-completed", await app.CalendarCellAsync(new DateOnly(2026, 9, 9)));
        Assert.Contains("status-rest", await app.CalendarCellAsync(new DateOnly(2026, 9, 10)));
        foreach (var day in MiniAppHistory.Missed)
        {
            Assert.Contains("status-missed", await app.CalendarCellAsync(day));
        }

        foreach (var day in MiniAppHistory.Partial)
        {
            Assert.Contains("status-partial", await app.CalendarCellAsync(day));
        }

        // One dot per after-session answer; the ad-hoc /pain 7 is not part of the trend.
        Assert.Equal(MiniAppHistory.PainAnswers, await app.Page.Locator("#pain-chart circle").CountAsync());

        var exercises = app.Page.Locator("#exercises > li");
        Assert.Equal(4, await exercises.CountAsync());
        Assert.Contains("12", await app.TextAsync("[data-exercise='forward-lunge'] .level")); // level 2: 12 per leg
        Assert.Contains("10", await app.TextAsync("[data-exercise='step-down'] .level")); // beginner: 10 from a 10 cm step
        // Every exercise picture loads (waits for them; a broken one never gets its width).
        await app.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('#exercises img')].every(i => i.complete && i.naturalWidth === 1280)");
        Assert.NotEmpty(await app.TextAsync("#reminder-text"));
    }

    public static async Task FollowsTheThemeAsync(MiniAppPage app, IReadOnlyDictionary<string, string> theme)
    {
        var background = await app.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal(Rgb(theme["secondary_bg_color"]), background);
        var text = await app.Page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('week-text')).color");
        Assert.Equal(Rgb(theme["text_color"]), text);
    }

    private static string Rgb(string hex) =>
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})";
}
