using System.Net;
using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

public sealed class WebhookTests : IAsyncLifetime
{
    private const long Runner = 7007;
    private const string Secret = WebhookPoster.Secret;
    private readonly TestDatabase _db = new();
    private FakeBotApi _api = null!;
    private BotTestHost _host = null!;
    private WebhookPoster _poster = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync(BotTestHost.Token);
        _host = await BotTestHost.StartAsync(_api, _db, settings: WebhookPoster.WebhookSettings);
        _poster = new WebhookPoster(_host, Secret);
    }

    public async Task DisposeAsync()
    {
        _poster.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task Start_up_registers_the_webhook_with_secret_and_allowed_updates_and_never_polls()
    {
        var call = await _api.WaitForCallAsync("setWebhook", Waits.Long);

        Assert.Equal("https://bot.example.test/telegram/update", call.GetString("url"));
        Assert.Equal(Secret, call.GetString("secret_token"));
        var allowed = call.Body.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member"], allowed);
        Assert.Empty(_api.CallsTo("getUpdates"));
    }

    [Fact]
    public async Task A_valid_update_is_acknowledged_then_handled_and_a_redelivery_is_handled_once()
    {
        var json = Update(100, "/train");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(json, Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(json, Secret));
        await _api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Update(101, "done"), Secret));
        await _api.WaitForSentCountAsync(Runner, 2, Waits.Long);

        var texts = _api.TextsSentTo(Runner);
        Assert.Contains("Set 1 of 8", texts[0]);
        Assert.Contains("Set 2 of 8", texts[1]);
        await using var db = _db.Open();
        Assert.Equal(1, (await db.Users.SingleAsync(u => u.ChatId == Runner)).ActiveStep);
        Assert.Equal(0, await db.Inbox.CountAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    [InlineData("webhook-Secret_12")]
    public async Task Wrong_or_missing_secret_is_401_and_nothing_is_stored(string? secret)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Update(200, "/train"), secret));

        await using var db = _db.Open();
        Assert.Equal(0, await db.Inbox.CountAsync());
        Assert.Equal(0, await db.ProcessedUpdates.CountAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"update_id\":\"300\"}")]
    [InlineData("{\"update_id\":1.5}")]
    [InlineData("\"text\"")]
    public async Task A_body_without_an_integer_update_id_is_400(string body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(body, Secret));
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_400()
    {
        var huge = $"{{\"update_id\":301,\"padding\":\"{new string('x', 1024 * 1024)}\"}}";

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(huge, Secret));
    }

    [Fact]
    public async Task An_update_from_a_newer_bot_api_is_acknowledged_and_skipped()
    {
        var newer = "{\"update_id\":302,\"message\":{\"message_id\":1,\"date\":1764000000,\"chat\":{\"id\":7007,\"type\":\"hyperspace\"},\"text\":\"/train\"}}";

        Assert.Equal(HttpStatusCode.OK, await PostAsync(newer, Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("{\"update_id\":303,\"future_kind\":{\"x\":1}}", Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Update(304, "/help"), Secret));
        await _api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        Assert.Contains("/train", _api.TextsSentTo(Runner)[0]);
        Assert.Single(_api.TextsSentTo(Runner));
    }

    [Fact]
    public async Task A_flooding_user_on_the_webhook_gets_twenty_answers_and_one_request_to_slow_down_and_the_inbox_empties()
    {
        const long neighbour = 7008;
        // All sent within the same second (the message date), as a flood is.
        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => PostAsync(Update(400 + i, $"hello {i}"), Secret)));
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(WebhookPoster.TextUpdate(500, neighbour, "/help"), Secret));

        await _api.WaitForSentCountAsync(neighbour, 1, Waits.Long);
        await _api.WaitForSentCountAsync(Runner, 21, Waits.Long);
        await using var db = _db.Open();
        await Waits.UntilAsync(async () => await db.Inbox.CountAsync() == 0, "an empty inbox");
        var texts = _api.TextsSentTo(Runner);
        Assert.Equal(21, texts.Count);
        Assert.Single(texts, text => text.Contains("slow down", StringComparison.Ordinal));
        Assert.Equal(21, await db.ProcessedUpdates.CountAsync(p => p.UpdateId >= 400 && p.UpdateId < 430));
    }

    [Fact]
    public async Task Many_posts_at_once_with_redeliveries_are_each_stored_and_handled_once()
    {
        var chats = Enumerable.Range(0, 40).Select(i => 8000L + i).ToList();
        var posts = chats.SelectMany(chat => new[] { WebhookPoster.TextUpdate(chat, chat, "/help"), WebhookPoster.TextUpdate(chat, chat, "/help") });

        var statuses = await Task.WhenAll(posts.Select(body => PostAsync(body, Secret)));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        foreach (var chat in chats)
        {
            await _api.WaitForSentCountAsync(chat, 1, Waits.Long);
        }

        await using var db = _db.Open();
        await Waits.UntilAsync(async () => await db.Inbox.CountAsync() == 0, "an empty inbox");
        Assert.All(chats, chat => Assert.Single(_api.TextsSentTo(chat)));
        Assert.Equal(chats.Count, await db.ProcessedUpdates.CountAsync(p => p.UpdateId >= 8000 && p.UpdateId < 8040));
    }

    private Task<HttpStatusCode> PostAsync(string body, string? secret) =>
        secret is null ? _poster.PostAsync(body, withSecret: false) : _poster.PostAsync(body, secret);

    private static string Update(long updateId, string text) => WebhookPoster.TextUpdate(updateId, Runner, text);
}
