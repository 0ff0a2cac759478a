using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace HipKnee.Bot.Options;

/// <summary>
/// Checks <c>Urls</c> (also set as <c>ASPNETCORE_URLS</c> or <c>--urls</c>) the way Kestrel will read it, so a bad
/// address is one line at start rather than a stack trace from the server.
/// </summary>
public static class UrlsCheck
{
    public const string Key = "Urls";

    public static string? Problem(IConfiguration configuration)
    {
        var configured = configuration[Key];
        if (configured is null)
        {
            return null;
        }

        foreach (var address in configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (AddressProblem(address) is { } problem)
            {
                return $"{Key} must be ;-separated http:// or https:// addresses with a port, e.g. {Hosting.BotHost.DefaultUrls}; '{address}' {problem}.";
            }
        }

        return null;
    }

    private static string? AddressProblem(string address)
    {
        BindingAddress parsed;
        try
        {
            parsed = BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            return "is not an address";
        }

        if (parsed.IsUnixPipe || parsed.IsNamedPipe)
        {
            return null;
        }

        if (parsed.Scheme is not ("http" or "https"))
        {
            return "has neither scheme";
        }

        return parsed.Port is >= 0 and <= 65535
            ? null
            : $"has port {parsed.Port.ToString(CultureInfo.InvariantCulture)}, outside 0-65535";
    }
}
