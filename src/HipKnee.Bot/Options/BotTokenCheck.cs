using System.Text.RegularExpressions;

namespace HipKnee.Bot.Options;

/// <summary>Checks <c>Telegram:BotToken</c> before anything starts; its messages never contain the token.</summary>
public static partial class BotTokenCheck
{
    public const string Key = "Telegram:BotToken";

    /// <summary>The value in appsettings.example.json and deploy/.env.example; it has a token's shape, so it is named here.</summary>
    public const string ExamplePlaceholder = "123456789:replace-with-the-token-from-BotFather";

    /// <summary>The problem with the token, or null when it looks like a token from @BotFather.</summary>
    public static string? Problem(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return $"{Key} is missing: get a token from @BotFather and pass it, e.g. Telegram__BotToken=<token> dotnet run --project src/HipKnee.Bot -c Release (or use --console to try the coach without Telegram).";
        }

        if (token.Trim() == ExamplePlaceholder)
        {
            return $"{Key} is still the example placeholder: replace it with the token @BotFather gave you.";
        }

        return TokenShape().IsMatch(token)
            ? null
            : $"{Key} is malformed: expected the form <bot id>:<secret> as given by @BotFather (the value is not shown).";
    }

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{20,100}$")]
    private static partial Regex TokenShape();
}
