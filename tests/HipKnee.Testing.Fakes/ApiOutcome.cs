using System.Text.Json.Nodes;

namespace HipKnee.Testing.Fakes;

/// <summary>The HTTP answer to one Bot API call.</summary>
internal sealed record ApiOutcome(int StatusCode, string Json, bool Failed)
{
    public static ApiOutcome Unauthorized { get; } = Error(401, "Unauthorized");

    public static ApiOutcome MethodNotFound { get; } = Error(404, "Not Found: method not found");

    public static ApiOutcome True { get; } = Ok("true");

    public static ApiOutcome Ok(JsonNode result) => Ok(result.ToJsonString());

    public static ApiOutcome Ok(string resultJson) => new(200, $$"""{"ok":true,"result":{{resultJson}}}""", false);

    /// <summary>Like Telegram, the HTTP status equals error_code (Telegram.Bot treats any non-200 as an error).</summary>
    public static ApiOutcome Error(int errorCode, string description, int? retryAfter = null)
    {
        var body = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = errorCode,
            ["description"] = description,
        };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        var status = errorCode is >= 400 and <= 599 ? errorCode : 400;
        return new ApiOutcome(status, body.ToJsonString(), true);
    }
}
