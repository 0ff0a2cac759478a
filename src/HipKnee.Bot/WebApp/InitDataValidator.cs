using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace HipKnee.Bot.WebApp;

/// <summary>
/// Validates Mini App initData as Telegram specifies (core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app):
/// secret = HMAC-SHA256(key "WebAppData", bot token); hash = hex HMAC-SHA256(secret, the other fields as
/// <c>key=value</c> sorted by key and joined by newlines), compared in constant time.
/// </summary>
public static class InitDataValidator
{
    /// <summary>Telegram's own advice: initData is a login, so an old one must not open the app forever.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    /// <summary>Clocks differ a little between Telegram and this server; more than this ahead is forged or broken.</summary>
    public static readonly TimeSpan FutureSkew = TimeSpan.FromMinutes(5);

    private const int MaxLength = 8192;

    /// <summary>The user of valid, fresh initData signed with <paramref name="botToken"/>; null for anything else.</summary>
    public static WebAppUser? Validate(string? initData, string botToken, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(initData) || initData.Length > MaxLength)
        {
            return null;
        }

        Dictionary<string, string> fields;
        try
        {
            fields = QueryHelpers.ParseQuery(initData).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!fields.Remove("hash", out var hash) || !IsSignedBy(fields, hash, botToken) || !IsFresh(fields, now))
        {
            return null;
        }

        return fields.TryGetValue("user", out var user) ? ReadUser(user) : null;
    }

    public static string DataCheckString(IReadOnlyDictionary<string, string> fields) =>
        string.Join('\n', fields.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));

    public static string Hash(string dataCheckString, string botToken)
    {
        var secret = HMACSHA256.HashData("WebAppData"u8, Encoding.UTF8.GetBytes(botToken));
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(dataCheckString)));
    }

    private static bool IsSignedBy(Dictionary<string, string> fields, string hash, string botToken)
    {
        var expected = Encoding.ASCII.GetBytes(Hash(DataCheckString(fields), botToken));
        var given = Encoding.UTF8.GetBytes(hash.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static bool IsFresh(Dictionary<string, string> fields, DateTimeOffset now)
    {
        if (!fields.TryGetValue("auth_date", out var text) || !long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return signedAt <= now + FutureSkew && now - signedAt <= MaxAge;
    }

    private static WebAppUser? ReadUser(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || !id.TryGetInt64(out var userId) || userId <= 0)
            {
                return null;
            }

            var language = root.TryGetProperty("language_code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
            return new WebAppUser(userId, language);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
