using System.Text.Json;
using Microsoft.Playwright;

namespace HipKnee.Bot.Tests.MiniApp;

/// <summary>
/// The Mini App opened as a Telegram client opens it: <c>/app/#tgWebAppData=…&amp;tgWebAppThemeParams=…</c>, in a
/// 390×844 page. Collects the browser console's errors (a refused script or style under the CSP shows up there) and
/// every HTTP answer of 400 or more.
/// </summary>
public sealed class MiniAppPage : IAsyncDisposable
{
    /// <summary>Telegram's default light theme (iOS), as the client passes it.</summary>
    public static readonly IReadOnlyDictionary<string, string> LightTheme = new Dictionary<string, string>
    {
        ["bg_color"] = "#ffffff", ["text_color"] = "#000000", ["hint_color"] = "#8e8e93", ["link_color"] = "#007aff",
        ["button_color"] = "#007aff", ["button_text_color"] = "#ffffff", ["secondary_bg_color"] = "#efeff4",
        ["section_bg_color"] = "#ffffff", ["section_header_text_color"] = "#6d6d72", ["destructive_text_color"] = "#ff3b30",
    };

    /// <summary>Telegram Desktop's night theme.</summary>
    public static readonly IReadOnlyDictionary<string, string> DarkTheme = new Dictionary<string, string>
    {
        ["bg_color"] = "#17212b", ["text_color"] = "#f5f5f5", ["hint_color"] = "#708499", ["link_color"] = "#6ab3f3",
        ["button_color"] = "#5288c1", ["button_text_color"] = "#ffffff", ["secondary_bg_color"] = "#232e3c",
        ["section_bg_color"] = "#17212b", ["section_header_text_color"] = "#6ab3f3", ["destructive_text_color"] = "#ec3942",
    };

    private readonly List<string> _problems = [];

    private MiniAppPage(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>Console errors and failed HTTP answers ("400 PUT /app/api/settings/schedule"), in order.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public static string Url(Uri host, string initData, IReadOnlyDictionary<string, string> theme) =>
        new Uri(host, "/app/") + "#tgWebAppData=" + Uri.EscapeDataString(initData)
        + "&tgWebAppThemeParams=" + Uri.EscapeDataString(JsonSerializer.Serialize(theme)) + "&tgWebAppVersion=8.0&tgWebAppPlatform=ios";

    /// <summary>Opens the page and waits until it has rendered the API's answer (or its refusal).</summary>
    /// <param name="locale">The phone's locale, which native controls follow (the time field's 12 or 24 h).</param>
    public static async Task<MiniAppPage> OpenAsync(BrowserFixture browser, string url, string locale = "en-US")
    {
        var page = new MiniAppPage(await browser.NewPhonePageAsync(locale));
        page.Page.Console += (_, message) =>
        {
            // A failed fetch is logged to the console too; it is recorded once, from its response, below.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                page._problems.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.Page.PageError += (_, error) => page._problems.Add("script: " + error);
        page.Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                page._problems.Add($"{response.Status} {response.Request.Method} {new Uri(response.Url).AbsolutePath}");
            }
        };
        await page.Page.GotoAsync(url);
        await page.Page.Locator("main[aria-busy='false']").WaitForAsync();
        return page;
    }

    /// <summary>Closes the page's browser context (its cookies and storage go with it); the browser stays for the next test.</summary>
    public ValueTask DisposeAsync() => new(Page.Context.CloseAsync());

    public Task<string> TextAsync(string selector) => Page.Locator(selector).InnerTextAsync();

    /// <summary>The class list of the calendar cell of <paramref name="date"/>.</summary>
    public async Task<string> CalendarCellAsync(DateOnly date) =>
        await Page.Locator($"#calendar-weeks td[data-date='{date:yyyy-MM-dd}']").GetAttributeAsync("class") ?? "";

    /// <summary>
    /// Saves what the phone shows now (390×844) as a PNG under the test output's TestResults/screenshots, and with
    /// <paramref name="wholePage"/> the whole page too (name-full.png).
    /// </summary>
    public async Task ScreenshotAsync(string name, bool wholePage = false)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        if (wholePage)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-full.png"), FullPage = true });
        }
    }
}
