using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HipKnee.Testing.Fakes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipKnee.Bot.Tests;

public sealed class FakeBotApiSmokeTests : IAsyncLifetime
{
    private const string Token = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly HttpClient _http = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync(Token);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task GetUpdates_ReturnsEnqueuedUpdatesInOrder_AndOffsetConfirmsThem()
    {
        var first = _fake.EnqueueText(7, "/start");
        var second = _fake.EnqueueCallback(7, "done:1");

        var all = await GetUpdatesAsync(new { timeout = 0 });
        Assert.Equal([first, second], all.Select(u => u.GetProperty("update_id").GetInt64()));
        Assert.Equal(1000, first);
        Assert.Equal("/start", all[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("done:1", all[1].GetProperty("callback_query").GetProperty("data").GetString());

        var rest = await GetUpdatesAsync(new { offset = first + 1, timeout = 0 });
        Assert.Equal(second, Assert.Single(rest).GetProperty("update_id").GetInt64());
        Assert.Empty(await GetUpdatesAsync(new { offset = second + 1, timeout = 0 }));
        Assert.Equal(second + 1, _fake.LastOffset);
        Assert.Equal(0, _fake.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_DeliversRawDuplicatesUntilConfirmed()
    {
        const string raw = """{"update_id":5000,"message":{"message_id":1,"date":1,"chat":{"id":7,"type":"private"},"text":"hi"}}""";
        _fake.EnqueueRaw(raw);
        _fake.EnqueueRaw(raw);
        Assert.Equal(2, (await GetUpdatesAsync(new { limit = 10 })).Length);
        Assert.Equal(5001, _fake.EnqueueText(7, "next"));
    }

    [Fact]
    public async Task GetUpdates_LongPollsAboutOneSecond_ThenReturnsEmpty_OrWakesOnEnqueue()
    {
        var clock = Stopwatch.StartNew();
        Assert.Empty(await GetUpdatesAsync(new { timeout = 30 }));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(3));

        clock.Restart();
        var poll = GetUpdatesAsync(new { timeout = 30 });
        await Task.Delay(100);
        _fake.EnqueueText(7, "wake up");
        Assert.Single(await poll);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(0.8), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task TelegramBotClient_SendMessage_ReturnsMessage_AndIsRecorded()
    {
        var bot = new TelegramBotClient(new TelegramBotClientOptions(Token, _fake.BaseUrl));
        Assert.Equal("HipKneeTestBot", (await bot.GetMe()).Username);

        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Done", "done:1"));
        var message = await bot.SendMessage(7, "Hello there", replyMarkup: keyboard);

        Assert.Equal(7, message.Chat.Id);
        Assert.Equal("Hello there", message.Text);
        Assert.Equal("done:1", message.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal(["Hello there"], _fake.TextsSentTo(7));
        var call = await _fake.WaitForCallAsync("sendMessage", Timeout);
        Assert.Equal(7, call.ChatId);
        await _fake.WaitForSentCountAsync(7, 1, Timeout);
    }

    [Fact]
    public async Task FailNext429_SurfacesAsApiRequestException_WithRetryAfter()
    {
        // RetryThreshold = 0: otherwise Telegram.Bot silently sleeps and retries 429s with retry_after <= 60.
        var bot = new TelegramBotClient(new TelegramBotClientOptions(Token, _fake.BaseUrl) { RetryThreshold = 0 });
        _fake.FailNext("sendMessage", 429, "Too Many Requests: retry after 5", retryAfter: 5);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(7, "first"));
        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(5, error.Parameters?.RetryAfter);

        await bot.SendMessage(7, "second");
        Assert.Equal([true, false], _fake.CallsTo("sendMessage").Select(c => c.Failed));
        Assert.Equal(["second"], _fake.TextsSentTo(7));
    }

    [Fact]
    public async Task DropNextConnection_SurfacesAsRequestException()
    {
        var bot = new TelegramBotClient(new TelegramBotClientOptions(Token, _fake.BaseUrl));
        _fake.DropNextConnection("sendMessage");

        var error = await Assert.ThrowsAsync<RequestException>(() => bot.SendMessage(7, "lost"));
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.True(Assert.Single(_fake.CallsTo("sendMessage")).Failed);
    }

    [Fact]
    public async Task WrongToken_Gets401_UnknownMethod_Gets404()
    {
        using var unauthorized = await _http.PostAsync($"{_fake.BaseUrl}/bot999:wrong/getMe", null);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":401,"description":"Unauthorized"}""", await unauthorized.Content.ReadAsStringAsync());

        using var unknown = await _http.PostAsync($"{_fake.BaseUrl}/bot{Token}/noSuchMethod", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task FormBodies_AreRecordedAsStringFields_MethodNamesIgnoreCase()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = "9", ["text"] = "via form" });
        using var response = await _http.PostAsync($"{_fake.BaseUrl}/bot{Token}/SENDMESSAGE", form);
        response.EnsureSuccessStatusCode();
        Assert.Equal(["via form"], _fake.TextsSentTo(9));
    }

    [Fact]
    public async Task WaitForSentCount_TimesOut_WithCallLog()
    {
        _fake.EnqueueText(7, "anyone?");
        await GetUpdatesAsync(new { timeout = 0 });
        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => _fake.WaitForSentCountAsync(7, 1, TimeSpan.FromMilliseconds(200)));
        Assert.Contains("getUpdates", error.Message);
    }

    private async Task<JsonElement[]> GetUpdatesAsync(object parameters)
    {
        using var response = await _http.PostAsJsonAsync($"{_fake.BaseUrl}/bot{Token}/getUpdates", parameters);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("ok").GetBoolean());
        return [.. body.GetProperty("result").EnumerateArray()];
    }
}
