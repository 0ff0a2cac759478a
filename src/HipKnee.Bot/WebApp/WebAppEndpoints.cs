using HipKnee.Bot.Pictures;
using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.WebApp;

/// <summary>The Mini App at <c>/app/</c>: the page's static files, the exercise pictures and the JSON API, when <c>WebApp:Url</c> is set.</summary>
public static class WebAppEndpoints
{
    public const string Root = "/app";

    /// <summary>A settings change is a PUT; POST is taken too, for clients that only send GET and POST.</summary>
    private static readonly string[] PutOrPost = [HttpMethods.Put, HttpMethods.Post];

    public static WebApplication MapHipKneeWebApp(this WebApplication app)
    {
        if (WebAppOptions.UrlOf(app.Configuration) is null)
        {
            return app;
        }

        app.UseWebAppSecurityHeaders();
        var folder = app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.FilesFolder;
        if (Directory.Exists(folder))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(folder));
            app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = Root, FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = Root,
                FileProvider = files,
                // The page changes with each release and is small: always ask, never run a stale script against a new API.
                OnPrepareResponse = served => served.Context.Response.Headers.CacheControl = "no-cache",
            });
        }

        app.MapGet(Root + "/pictures/{name}", Picture);
        var api = app.MapGroup(Root + "/api").AddEndpointFilter<WebAppCaller>();
        api.MapGet("/me", (HttpContext http, AppUserStore store, CancellationToken ct) => store.MeAsync(WebAppCaller.Of(http), ct));
        api.MapGet("/timezones", (HttpContext http, TimeProvider time) => Results.Json(TimeZoneList.For(WebAppCaller.Of(http), time.GetUtcNow())));
        api.MapMethods("/settings/schedule", PutOrPost, (HttpContext http, AppUserStore store, CancellationToken ct) => ChangeAsync(http, store, ct,
            body => body.Strings("days") is { } days && body.String("time") is { } time
                ? (state, now) => AppSettings.Schedule(state, days, time, body.String("timeZone"), now)
                : null));
        api.MapMethods("/settings/timezone", PutOrPost, (HttpContext http, AppUserStore store, CancellationToken ct) => ChangeAsync(http, store, ct,
            body => body.String("timeZone") is { } zone ? (state, now) => AppSettings.TimeZone(state, zone, now) : null));
        api.MapMethods("/settings/paused", PutOrPost, (HttpContext http, AppUserStore store, CancellationToken ct) => ChangeAsync(http, store, ct,
            body => body.Bool("paused") is { } paused ? (state, now) => AppSettings.Paused(state, paused, now) : null));
        api.MapMethods("/settings/pictures", PutOrPost, (HttpContext http, AppUserStore store, CancellationToken ct) => ChangeAsync(http, store, ct,
            body => body.Bool("on") is { } on ? (state, now) => AppSettings.Pictures(state, on, now) : null));
        api.MapMethods("/settings/summary", PutOrPost, (HttpContext http, AppUserStore store, CancellationToken ct) => ChangeAsync(http, store, ct,
            body => body.Bool("on") is { } on ? (state, now) => AppSettings.Summary(state, on, now) : null));
        api.MapMethods("/settings/language", PutOrPost, (HttpContext http, AppUserStore store, CancellationToken ct) => ChangeAsync(http, store, ct,
            body => body.String("language") is { } language ? (state, now) => AppSettings.Language(state, language, now) : null));
        return app;
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, AppUserStore store, CancellationToken ct,
        Func<SettingsBody, Func<UserState, DateTimeOffset, AppSettingOutcome>?> read)
    {
        var caller = WebAppCaller.Of(http);
        var body = await SettingsBody.ReadAsync(http.Request, ct);
        if (body is null || read(body) is not { } change)
        {
            return AppError.Status(StatusCodes.Status400BadRequest, CoachTexts.For(Languages.FromTelegram(caller.LanguageCode)).AppBadRequest);
        }

        return await store.ChangeAsync(caller, change, ct);
    }

    /// <summary>Pictures are the same for everyone (not user data), so no sign-in and a day in any cache.</summary>
    private static IResult Picture(string name, HttpContext http)
    {
        if (ExercisePictureFiles.Png(name) is not { } png)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Bytes(png, "image/png");
    }
}
