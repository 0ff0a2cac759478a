namespace HipKnee.Core.Schedule;

/// <summary>A likely time zone from Telegram's language code, offered first as a button; never applied unasked.</summary>
public static class ZoneGuess
{
    public static readonly string[] Common =
    [
        "Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago",
        "America/Los_Angeles", "Asia/Shanghai", "Australia/Sydney", "UTC",
    ];

    private static readonly Dictionary<string, string> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "Europe/Berlin", ["fr"] = "Europe/Paris", ["es"] = "Europe/Madrid", ["it"] = "Europe/Rome",
        ["nl"] = "Europe/Amsterdam", ["pl"] = "Europe/Warsaw", ["ru"] = "Europe/Moscow", ["uk"] = "Europe/Kyiv",
        ["pt-br"] = "America/Sao_Paulo", ["pt"] = "Europe/Lisbon", ["zh"] = "Asia/Shanghai", ["zh-hans"] = "Asia/Shanghai",
        ["zh-hant"] = "Asia/Taipei", ["ja"] = "Asia/Tokyo", ["ko"] = "Asia/Seoul", ["tr"] = "Europe/Istanbul",
        ["en-gb"] = "Europe/London", ["en-au"] = "Australia/Sydney", ["hi"] = "Asia/Kolkata", ["id"] = "Asia/Jakarta",
        ["sv"] = "Europe/Stockholm", ["fi"] = "Europe/Helsinki", ["cs"] = "Europe/Prague", ["el"] = "Europe/Athens",
    };

    /// <summary>The zones to offer: the guess (if any and known here) first, then the common ones.</summary>
    public static IReadOnlyList<string> Offer(string? languageCode)
    {
        var guess = Guess(languageCode);
        return guess is null ? Common : [guess, .. Common.Where(zone => zone != guess)];
    }

    public static string? Guess(string? languageCode)
    {
        if (string.IsNullOrWhiteSpace(languageCode))
        {
            return null;
        }

        var zone = ByLanguage.GetValueOrDefault(languageCode) ?? ByLanguage.GetValueOrDefault(languageCode.Split('-')[0]);
        return zone is not null && ScheduleParser.Zone(zone) is { } known ? known : null;
    }
}
