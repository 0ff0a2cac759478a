using System.Net;
using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests.WebApp;

/// <summary>Settings from the app: same rules as the chat, one transaction, the chat told in one line; bad input changes nothing.</summary>
public sealed class MiniAppSettingsTests : IAsyncLifetime
{
    private const long Runner = 7201;
    private const long Other = 7202;
    private MiniAppScenario _app = null!;

    public async Task InitializeAsync()
    {
        _app = await MiniAppScenario.StartAsync();
        await _app.JoinAsync(Runner);
        await _app.JoinAsync(Other);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_new_schedule_is_stored_with_its_next_reminder_and_the_chat_gets_one_line()
    {
        var sent = _app.Api.TextsSentTo(Runner).Count;

        using var response = await _app.SendAsync(HttpMethod.Put, "/app/api/settings/schedule", _app.InitData(Runner), new { days = new[] { "tue", "thu", "sat" }, time = "18:00" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await MiniAppScenario.JsonOf(response);
        Assert.Equal("18:00", body.GetProperty("settings").GetProperty("time").GetString());
        var user = await _app.UserAsync(Runner);
        Assert.Equal((18 * 60, new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero)), (user.ReminderMinuteOfDay, user.NextNudgeAt));
        await _app.Api.WaitForSentCountAsync(Runner, sent + 1, Waits.Long);
        Assert.Equal("Schedule changed in the app: Tue, Thu, Sat at 18:00", _app.Api.TextsSentTo(Runner)[sent]);
        Assert.Equal(_app.Api.TextsSentTo(Runner).Count, sent + 1);
    }

    [Fact]
    public async Task Pause_pictures_summary_zone_and_language_each_land_in_the_row_and_the_chat_by_put_or_post()
    {
        var initData = _app.InitData(Runner);
        await PutOkAsync("paused", new { paused = true }, initData);
        await PutOkAsync("pictures", new { on = false }, initData);
        await PutOkAsync("summary", new { on = false }, initData, HttpMethod.Post);
        await PutOkAsync("timezone", new { timeZone = "asia/tokyo" }, initData);
        await PutOkAsync("language", new { language = "zh" }, initData);

        var user = await _app.UserAsync(Runner);
        Assert.Equal((true, null, true, true, "Asia/Tokyo", "zh"), (user.RemindersPaused, user.NextNudgeAt, user.PicturesOff, user.SummariesOff, user.TimeZoneId, user.Language));
        await Waits.UntilAsync(() => _app.Api.TextsSentTo(Runner).Contains("已在应用中将语言改为简体中文。"), "the language line");
        Assert.Contains("Reminders paused in the app.", _app.Api.TextsSentTo(Runner));
        Assert.Contains("Time zone changed in the app: Asia/Tokyo", _app.Api.TextsSentTo(Runner));
    }

    [Fact]
    public async Task Setting_the_value_already_set_answers_200_and_tells_the_chat_nothing()
    {
        var before = await _app.UserAsync(Runner);

        using var response = await _app.SendAsync(HttpMethod.Put, "/app/api/settings/pictures", _app.InitData(Runner), new { on = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before.Version, (await _app.UserAsync(Runner)).Version);
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "schedule", """{"days":["mon","wed"],"time":"07:30"}""", "exactly three days" },
        { "schedule", """{"days":["mon","wed","fri"],"time":"25:00"}""", "" },
        { "schedule", """{"days":["mon","wed","someday"],"time":"07:30"}""", "" },
        { "timezone", """{"timeZone":"Mars/Olympus"}""", "" },
        { "language", """{"language":"fr"}""", "could not be read" },
        { "paused", """{"paused":"yes"}""", "could not be read" },
        { "pictures", "not json", "could not be read" },
        { "summary", "[]", "could not be read" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_400_with_a_message_and_nothing_is_stored_or_sent(string setting, string json, string message)
    {
        var before = await _app.UserAsync(Runner);
        var queued = await _app.OutboxCountAsync(Runner);

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await _app.SendAsync(HttpMethod.Put, "/app/api/settings/" + setting, _app.InitData(Runner), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await MiniAppScenario.JsonOf(response)).GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Contains(message, error);
        Assert.Equal(before.Version, (await _app.UserAsync(Runner)).Version);
        Assert.Equal(queued, await _app.OutboxCountAsync(Runner));
    }

    [Fact]
    public async Task A_change_with_one_users_initData_never_touches_another_user()
    {
        var other = await _app.UserAsync(Other);

        await PutOkAsync("schedule", new { days = new[] { "tue", "thu", "sat" }, time = "19:00", chatId = Other, userId = Other }, _app.InitData(Runner));

        Assert.Equal(19 * 60, (await _app.UserAsync(Runner)).ReminderMinuteOfDay);
        var after = await _app.UserAsync(Other);
        Assert.Equal((other.Version, other.ReminderMinuteOfDay), (after.Version, after.ReminderMinuteOfDay));
        Assert.DoesNotContain(_app.Api.TextsSentTo(Other), text => text.Contains("in the app", StringComparison.Ordinal));
    }

    private async Task PutOkAsync(string setting, object body, string initData, HttpMethod? method = null)
    {
        using var response = await _app.SendAsync(method ?? HttpMethod.Put, "/app/api/settings/" + setting, initData, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{setting}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
