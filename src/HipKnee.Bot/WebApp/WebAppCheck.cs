namespace HipKnee.Bot.WebApp;

/// <summary>Checks <c>WebApp:Url</c> at start: Telegram opens Mini Apps only over https, so anything else is one line and exit 2.</summary>
public static class WebAppCheck
{
    public static string? Problem(IConfiguration configuration)
    {
        if (WebAppOptions.UrlOf(configuration) is not { } url)
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uri.UserInfo)
            ? null
            : $"{WebAppOptions.UrlKey} must be the public absolute https URL of the Mini App, e.g. https://bot.example.com/app/ (got '{url}').";
    }
}
