using HipKnee.Bot.Telegram;
using HipKnee.EchoBot;
using HipKnee.Testing.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bench;

/// <summary>A webhook bot under load, started: the URLs of its instances' update endpoints.</summary>
public sealed class WebhookTarget : IAsyncDisposable
{
    public const string Secret = "bench-Secret_123";

    /// <summary>
    /// HipKnee's webhook mode with per-chat pacing relaxed as in the tests (a session's replies come as fast as the
    /// user answers) and the global cap at its maximum, so Telegram's 30/s never hides the bot's own cost.
    /// </summary>
    public static readonly string[] HipKneeSettings =
    [
        "--Telegram:Mode=Webhook", $"--Telegram:WebhookSecret={Secret}", "--Telegram:WebhookUrl=https://bench.example.test/telegram/update",
        "--Telegram:MaxMessagesPerChatPerSecond=100", "--Telegram:MaxMessagesPerSecond=10000",
    ];

    private readonly IReadOnlyList<WebApplication> _apps;

    private WebhookTarget(string name, IReadOnlyList<WebApplication> apps)
    {
        (Name, _apps) = (name, apps);
        Endpoints = apps.Select(app => new Uri(new Uri(Address(app)), WebhookEndpoint.Path)).ToList();
    }

    public string Name { get; }

    public IReadOnlyList<Uri> Endpoints { get; }

    public static async Task<WebhookTarget> EchoAsync(FakeBotApi api)
    {
        var app = EchoWebhookBot.Build(BenchBot.Token, api.BaseUrl, Secret);
        await app.StartAsync();
        return new WebhookTarget("echo bot", [app]);
    }

    /// <summary><paramref name="instances"/> HipKnee hosts on one database, each with its own instance id.</summary>
    public static async Task<WebhookTarget> HipKneeAsync(FakeBotApi api, BenchDatabase db, int instances)
    {
        var apps = new List<WebApplication>();
        for (var i = 0; i < instances; i++)
        {
            var app = await BenchBot.BuildAsync(BenchBot.Arguments(db, api.BaseUrl, [.. HipKneeSettings, $"--Polling:InstanceId=bench-{i}"]));
            await app.StartAsync();
            apps.Add(app);
        }

        return new WebhookTarget(instances == 1 ? $"HipKnee {db.Provider}" : $"HipKnee {db.Provider} x{instances}", apps);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}
