namespace HipKnee.Bot.WebApp;

/// <summary>The <c>WebApp</c> configuration section: the Mini App is served only when <see cref="Url"/> is set.</summary>
public sealed class WebAppOptions
{
    public const string Section = "WebApp";
    public const string UrlKey = "WebApp:Url";

    /// <summary>The public https URL of <c>/app/</c>, as the menu button and the web_app buttons open it.</summary>
    public string? Url { get; set; }

    /// <summary>Where the page's files are; by default <c>wwwroot/app</c> beside the assembly (the build copies them there).</summary>
    public string FilesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "app");

    public static string? UrlOf(IConfiguration configuration) =>
        configuration[UrlKey] is { Length: > 0 } url ? url : null;
}
