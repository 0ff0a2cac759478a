using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipKnee.EchoBot;

/// <summary>
/// A minimal webhook bot with plain Telegram.Bot and ASP.NET Core: every text message is echoed with one
/// sendMessage before the webhook call is answered. No database, no queue, no rate limits.
/// </summary>
public static class EchoWebhookBot
{
    public const string Path = "/telegram/update";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static WebApplication Build(string token, string apiBaseUrl, string secret, string urls = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHttpClient("telegram");
        builder.Services.AddSingleton<ITelegramBotClient>(provider => new TelegramBotClient(
            new TelegramBotClientOptions(token, apiBaseUrl), provider.GetRequiredService<IHttpClientFactory>().CreateClient("telegram")));
        var app = builder.Build();
        app.MapPost(Path, async (HttpContext context, ITelegramBotClient bot) =>
        {
            if (context.Request.Headers[SecretHeader] != secret)
            {
                return Results.Unauthorized();
            }

            var update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
            if (update?.Message is { Text: { } text } message)
            {
                await bot.SendMessage(message.Chat.Id, text, cancellationToken: context.RequestAborted);
            }

            return Results.Ok();
        });
        return app;
    }
}
