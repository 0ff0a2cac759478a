using System.Net;
using System.Text;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bot.Tests.Support;

/// <summary>Posts updates to a host's webhook the way Telegram does, with the secret header.</summary>
public sealed class WebhookPoster(Uri baseAddress, string secret) : IDisposable
{
    public WebhookPoster(BotTestHost host, string secret)
        : this(host.BaseAddress, secret)
    {
    }

    public const string Secret = "webhook-Secret_123";

    /// <summary>The settings that put a test host in webhook mode with <see cref="Secret"/>.</summary>
    public static readonly string[] WebhookSettings =
        ["--Telegram:Mode=Webhook", $"--Telegram:WebhookSecret={Secret}", "--Telegram:WebhookUrl=https://bot.example.test/telegram/update"];

    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    public async Task<HttpStatusCode> PostAsync(string body, string? secretOverride = null, bool withSecret = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/update") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (withSecret)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secretOverride ?? secret);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Posts as soon as the host listens (a bot process just started); returns the first answer's status.</summary>
    public async Task<HttpStatusCode> PostWhenUpAsync(string body)
    {
        using var timeout = new CancellationTokenSource(Waits.Long);
        while (true)
        {
            try
            {
                return await PostAsync(body);
            }
            catch (HttpRequestException) when (!timeout.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    /// <summary>A private-chat text update with the given id, as Telegram would post it.</summary>
    public static string TextUpdate(long updateId, long chatId, string text)
    {
        var update = UpdateFactory.TextUpdate(chatId, text, chatId, "en", messageId: updateId, date: 1_764_000_000);
        update["update_id"] = updateId;
        return update.ToJsonString();
    }

    public void Dispose() => _http.Dispose();
}
