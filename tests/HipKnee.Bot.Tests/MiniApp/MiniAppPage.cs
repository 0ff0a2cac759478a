using System.Text.Json;
using Microsoft.Playwright;

namespace HipKnee.Bot.Tests.MiniApp;

/// <summary>
/// The Mini App opened as a Telegram client opens it: <c>/app/#tgWebAppData=…&amp;tgWebAppThemeParams=…</c>, in a
/// 390×844 page. Collects the browser console's errors (a refused script or style under the CSP shows up there).
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

    private readonly List<string> _consoleErrors = [];

    private MiniAppPage(IPage page) => Page = page;

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    public static string Url(Uri host, string initData, IReadOnlyDictionary<string, string> theme) =>
        new Uri(host, "/app/") + "#tgWebAppData=" + Uri.EscapeDataString(initData)
        + "&tgWebAppThemeParams=" + Uri.EscapeDataString(JsonSerializer.Serialize(theme)) + "&tgWebAppVersion=8.0&tgWebAppPlatform=ios";

    /// <summary>Opens the page and waits until it has rendered the API's answer (or its refusal).</summary>
    public static async Task<MiniAppPage> OpenAsync(BrowserFixture browser, string url)
    {
        var page = new MiniAppPage(await browser.NewPhonePageAsync());
        page.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                page._consoleErrors.Add(message.Text);
            }
        };
        page.Page.PageError += (_, error) => page._consoleErrors.Add(error);
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
    /// Saves the page as PNGs under the test output's TestResults/screenshots: what a phone shows first (390×844), and
    /// the whole page.
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-full.png"), FullPage = true });
    }
}
