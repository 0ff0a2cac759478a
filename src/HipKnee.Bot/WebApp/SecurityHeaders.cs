namespace HipKnee.Bot.WebApp;

/// <summary>The headers of every <c>/app/</c> answer: page, API and pictures.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only this origin's files run; images may also be data: URLs (the page may draw its chart into one). The one
    /// style hash is the &lt;style&gt; the vendored telegram-web-app.js (@twa-dev/sdk 8.0.2) adds for its bottom button's shine;
    /// a new version of that script needs its hash here (the browser console names it). Framing
    /// only by Telegram's web clients (web.telegram.org/k and /a); the mobile and desktop apps use a web view, not a frame.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-YpGIse6sALzTIc58v8PybqpkiEltnvFl+7vcNALjIzU='; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors https://web.telegram.org https://*.telegram.org";

    public static IApplicationBuilder UseWebAppSecurityHeaders(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(WebAppEndpoints.Root), branch => branch.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        }));
}
