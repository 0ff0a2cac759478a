using System.Net;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bot.Tests.WebApp;

/// <summary>Every API call needs initData signed for this bot, fresh and with a user; anything else is 401 and reads nothing.</summary>
public sealed class MiniAppAuthTests : IAsyncLifetime
{
    private const long Runner = 7001;
    private MiniAppScenario _app = null!;

    public async Task InitializeAsync()
    {
        _app = await MiniAppScenario.StartAsync();
        await _app.JoinAsync(Runner);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> Refusals() => ["no header", "wrong scheme", "bad hash", "another bot", "a day old", "from the future", "no user", "garbage"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_call_without_valid_initData_is_401_with_an_error_and_no_data(string refusal)
    {
        var now = _app.Time.GetUtcNow();
        var valid = _app.InitData(Runner);
        var (scheme, initData) = refusal switch
        {
            "no header" => ((string?)null, (string?)null),
            "wrong scheme" => ("Bearer", valid),
            "bad hash" => ("tma", valid.Replace("tester7001", "tester7002", StringComparison.Ordinal)),
            "another bot" => ("tma", InitDataSigner.Sign("654321:OTHER-token_abcdefghijklmnopqrstuvwx", Runner, now)),
            "a day old" => ("tma", InitDataSigner.Sign(BotTestHost.Token, Runner, now - TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1))),
            "from the future" => ("tma", InitDataSigner.Sign(BotTestHost.Token, Runner, now + TimeSpan.FromMinutes(10))),
            "no user" => ("tma", InitDataSigner.SignFields(BotTestHost.Token, new Dictionary<string, string> { ["auth_date"] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) })),
            _ => ("tma", "%%%&&&==hash"),
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app/api/me");
        if (scheme is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {initData}");
        }

        using var response = await _app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await MiniAppScenario.JsonOf(response);
        Assert.Contains("Open this page from the HipKnee chat", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("settings", out _));
    }

    [Fact]
    public async Task InitData_signed_just_under_a_day_ago_is_still_accepted()
    {
        var signed = InitDataSigner.Sign(BotTestHost.Token, Runner, _app.Time.GetUtcNow() - TimeSpan.FromHours(23));

        using var response = await _app.SendAsync(HttpMethod.Get, "/app/api/me", signed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_settings_change_without_valid_initData_is_401_and_changes_nothing()
    {
        var before = await _app.UserAsync(Runner);
        var stale = InitDataSigner.Sign(BotTestHost.Token, Runner, _app.Time.GetUtcNow() - TimeSpan.FromDays(2));

        using var response = await _app.SendAsync(HttpMethod.Put, "/app/api/settings/pictures", stale, new { on = false });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before.Version, (await _app.UserAsync(Runner)).Version);
    }

    [Fact]
    public async Task A_user_the_bot_does_not_know_gets_404_telling_them_to_start_the_chat_in_their_language()
    {
        using var response = await _app.SendAsync(HttpMethod.Get, "/app/api/me", _app.InitData(9999, "zh-hans"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await MiniAppScenario.JsonOf(response);
        Assert.Contains("/start", body.GetProperty("error").GetString());
        Assert.Contains("请先", body.GetProperty("error").GetString());
        Assert.True(body.GetProperty("unknownUser").GetBoolean());
    }

    [Fact]
    public async Task More_than_the_chat_flood_limit_of_calls_in_ten_seconds_is_429()
    {
        var initData = _app.InitData(Runner);
        var statuses = new List<HttpStatusCode>();
        for (var call = 0; call < 21; call++)
        {
            using var response = await _app.SendAsync(HttpMethod.Get, "/app/api/timezones", initData);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(20), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        _app.Time.Advance(TimeSpan.FromSeconds(11));
        using var later = await _app.SendAsync(HttpMethod.Get, "/app/api/me", _app.InitData(Runner));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }
}
