using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bot.Tests.WebApp;

/// <summary>
/// The real host with <c>WebApp:Url</c> set, on fake time, a real SQLite file and the fake Bot API; runners are made
/// known to the bot through the chat, as in life, and call the API with initData signed like Telegram's.
/// </summary>
public sealed class MiniAppScenario : IAsyncDisposable
{
    public const string AppUrl = "https://bot.example.com/app/";
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _db = new();
    private readonly string _files = Directory.CreateTempSubdirectory("hipknee-app-").FullName;
    private BotTestHost _host = null!;

    public FakeTimeProvider Time { get; } = new(MondayMorning);

    public FakeBotApi Api { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static async Task<MiniAppScenario> StartAsync(bool enabled = true)
    {
        var scenario = new MiniAppScenario();
        await File.WriteAllTextAsync(Path.Combine(scenario._files, "index.html"), "<!doctype html><title>HipKnee</title>");
        scenario.Api = await FakeBotApi.StartAsync(BotTestHost.Token, scenario.Time);
        string[] settings = enabled ? [$"--WebApp:Url={AppUrl}", $"--WebApp:FilesFolder={scenario._files}"] : [];
        scenario._host = await BotTestHost.StartAsync(scenario.Api, scenario._db, scenario.Time, settings: settings, services: BotTestHost.WithoutScheduler);
        scenario.Http = new HttpClient { BaseAddress = scenario._host.BaseAddress };
        return scenario;
    }

    /// <summary>Makes <paramref name="chatId"/> a runner with a schedule in <paramref name="zone"/>, through the chat.</summary>
    public async Task JoinAsync(long chatId, string days = "mon wed fri 07:30", string zone = "Europe/Berlin")
    {
        await SayAsync(chatId, "/timezone " + zone);
        await SayAsync(chatId, "/schedule " + days);
    }

    public async Task<string> SayAsync(long chatId, string text)
    {
        var before = Api.TextsSentTo(chatId).Count;
        Api.EnqueueText(chatId, text);
        await Api.WaitForSentCountAsync(chatId, before + 1, Waits.Long);
        return Api.TextsSentTo(chatId)[before];
    }

    public string InitData(long userId, string? languageCode = "en") => InitDataSigner.Sign(BotTestHost.Token, userId, Time.GetUtcNow(), languageCode);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? initData, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (initData is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("tma", initData);
        }

        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        return Http.SendAsync(request);
    }

    public async Task<JsonElement> MeAsync(long userId)
    {
        using var response = await SendAsync(HttpMethod.Get, "/app/api/me", InitData(userId));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await JsonOf(response);
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public HipKneeDbContext OpenDatabase() => _db.Open();

    public async Task<UserRecord> UserAsync(long chatId)
    {
        await using var db = _db.Open();
        return await db.Users.AsNoTracking().SingleAsync(u => u.ChatId == chatId);
    }

    public async Task<int> OutboxCountAsync(long chatId)
    {
        await using var db = _db.Open();
        return await db.Outbox.CountAsync(m => m.ChatId == chatId);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
        await Api.DisposeAsync();
        _db.Dispose();
        Directory.Delete(_files, recursive: true);
    }
}
