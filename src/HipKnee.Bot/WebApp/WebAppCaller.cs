using HipKnee.Bot.Options;
using HipKnee.Core.Texts;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.WebApp;

/// <summary>
/// Guards every <c>/app/api/</c> call: <c>Authorization: tma &lt;initData&gt;</c> must be valid for this bot and fresh
/// (else 401), and each user gets the chat's flood limit (else 429). The caller is then found with <see cref="Of"/>.
/// </summary>
public sealed class WebAppCaller(IOptions<TelegramOptions> telegram, TimeProvider time, WebAppFloodGuard flood) : IEndpointFilter
{
    private const string Scheme = "tma ";
    private static readonly object Key = new();

    public static WebAppUser Of(HttpContext context) =>
        context.Items[Key] as WebAppUser ?? throw new InvalidOperationException("The endpoint is not behind WebAppCaller.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        var header = http.Request.Headers.Authorization.ToString();
        var now = time.GetUtcNow();
        var user = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? InitDataValidator.Validate(header[Scheme.Length..].Trim(), telegram.Value.BotToken ?? "", now)
            : null;
        if (user is null)
        {
            return AppError.Unauthorized();
        }

        if (!flood.Admit(user.Id, now))
        {
            var texts = CoachTexts.For(Languages.FromTelegram(user.LanguageCode));
            return AppError.Status(StatusCodes.Status429TooManyRequests, texts.AppTooManyRequests);
        }

        http.Items[Key] = user;
        return await next(context);
    }
}
