using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace HipKnee.Testing.Fakes;

/// <summary>
/// Signs Mini App initData the way Telegram does, for API and browser tests: the string a Telegram client hands the
/// page as <c>Telegram.WebApp.initData</c> (and in <c>#tgWebAppData=</c>, URL-encoded once more).
/// </summary>
public static class InitDataSigner
{
    /// <param name="authDate">When Telegram signed it; tests pass their fake clock's now (or an older instant).</param>
    /// <param name="extraFields">More fields to sign, e.g. <c>query_id</c>; a <c>user</c> here replaces the generated one.</param>
    public static string Sign(string botToken, long userId, DateTimeOffset authDate, string? languageCode = "en",
        IReadOnlyDictionary<string, string>? extraFields = null)
    {
        var user = new JsonObject { ["id"] = userId, ["first_name"] = "Tester", ["username"] = $"tester{userId}" };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["auth_date"] = authDate.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["query_id"] = "AAHdF6IQAAAAAN0XohDhrOrc",
            ["user"] = user.ToJsonString(),
        };
        foreach (var (key, value) in extraFields ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        return SignFields(botToken, fields);
    }

    /// <summary>Exactly these fields, signed; for tests that need a shape the generated one does not have (e.g. no user).</summary>
    public static string SignFields(string botToken, IReadOnlyDictionary<string, string> fields)
    {
        var checkString = string.Join('\n', fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(checkString)));
        return string.Join('&', fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}").Append($"hash={hash}"));
    }
}
