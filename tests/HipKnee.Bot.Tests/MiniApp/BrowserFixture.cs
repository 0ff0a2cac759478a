using Microsoft.Playwright;

namespace HipKnee.Bot.Tests.MiniApp;

/// <summary>
/// One headless Debian chromium per test class (starting it costs about a second). Playwright's own browser
/// download cannot work here, so it drives the system's <c>/usr/bin/chromium</c>; without one the tests skip, saying
/// why — except in CI (<c>CI=true</c>), where <c>.ci/run</c> installs it and a missing browser is a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingBrowserReason =>
        File.Exists(ChromiumPath) ? null : $"browser tests need Debian's chromium at {ChromiumPath} (apt-get install -y chromium; .ci/run does)";

    public async Task InitializeAsync()
    {
        if (MissingBrowserReason is { } reason)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException(reason);
            }

            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>Skips the test (in a [SkippableFact]) when there is no browser; call it before any costly set-up.</summary>
    public void SkipWithoutBrowser() => Skip.If(Browser is null, MissingBrowserReason);

    private IBrowser RequireBrowser() => Browser ?? throw new SkipException(MissingBrowserReason ?? "the browser did not start");

    /// <summary>A fresh phone-sized page (390×844 CSS pixels, as an iPhone 12–15 shows a Mini App).</summary>
    public async Task<IPage> NewPhonePageAsync(string locale)
    {
        var context = await RequireBrowser().NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 1,
            Locale = locale,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
