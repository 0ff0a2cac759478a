using System.Net;
using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests.WebApp;

/// <summary>The app is there only with WebApp:Url, with strict headers, and the chat's menu button opens it.</summary>
public sealed class MiniAppHostingTests
{
    [Fact]
    public async Task Page_api_and_pictures_send_the_security_headers_and_the_api_is_not_cached()
    {
        await using var app = await MiniAppScenario.StartAsync();
        await app.JoinAsync(7301);

        using var page = await app.Http.GetAsync("/app/");
        using var api = await app.SendAsync(HttpMethod.Get, "/app/api/me", app.InitData(7301));
        using var refused = await app.SendAsync(HttpMethod.Get, "/app/api/me", null);

        Assert.Equal(("text/html", HttpStatusCode.OK), (page.Content.Headers.ContentType?.MediaType, page.StatusCode));
        foreach (var response in new[] { page, api, refused })
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self';", csp);
            Assert.Contains("frame-ancestors https://web.telegram.org", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }

        Assert.True(api.Headers.CacheControl?.NoStore);
        Assert.True(refused.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Without_WebApp_Url_there_is_no_page_no_api_and_no_menu_button()
    {
        await using var app = await MiniAppScenario.StartAsync(enabled: false);
        await app.JoinAsync(7302);

        using var page = await app.Http.GetAsync("/app/");
        using var api = await app.SendAsync(HttpMethod.Get, "/app/api/me", app.InitData(7302));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, api.StatusCode));
        Assert.Empty(app.Api.CallsTo("setChatMenuButton"));
    }

    [Fact]
    public async Task With_WebApp_Url_the_menu_button_opens_the_app_at_start()
    {
        await using var app = await MiniAppScenario.StartAsync();

        var call = await app.Api.WaitForCallAsync("setChatMenuButton", Waits.Long);

        var button = call.Body.GetProperty("menu_button");
        var json = button.ValueKind == System.Text.Json.JsonValueKind.String ? System.Text.Json.JsonDocument.Parse(button.GetString()!).RootElement : button;
        Assert.Equal(("web_app", MiniAppScenario.AppUrl), (json.GetProperty("type").GetString(), json.GetProperty("web_app").GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Schedule_and_stats_replies_carry_a_button_that_opens_the_app()
    {
        await using var app = await MiniAppScenario.StartAsync();
        await app.JoinAsync(7303);
        await app.SayAsync(7303, "/pain 2");

        await app.SayAsync(7303, "/schedule");
        var schedule = LastKeyboard(app, 7303);
        await app.SayAsync(7303, "/stats");
        var stats = LastKeyboard(app, 7303);

        foreach (var keyboard in new[] { schedule, stats })
        {
            Assert.Contains("\"web_app\":{\"url\":\"" + MiniAppScenario.AppUrl + "\"}", keyboard, StringComparison.Ordinal);
            Assert.Contains("Open the app", keyboard, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_WebApp_Url_the_schedule_reply_has_no_app_button()
    {
        await using var app = await MiniAppScenario.StartAsync(enabled: false);
        await app.JoinAsync(7304);

        await app.SayAsync(7304, "/schedule");

        Assert.DoesNotContain("web_app", LastKeyboard(app, 7304), StringComparison.Ordinal);
        Assert.DoesNotContain("Open the app", LastKeyboard(app, 7304), StringComparison.Ordinal);
    }

    private static string LastKeyboard(MiniAppScenario app, long chatId)
    {
        var call = app.Api.CallsTo("sendMessage").Last(c => c.ChatId == chatId);
        return call.Body.TryGetProperty("reply_markup", out var markup)
            ? (markup.ValueKind == System.Text.Json.JsonValueKind.String ? markup.GetString()! : markup.GetRawText())
            : "";
    }
}
