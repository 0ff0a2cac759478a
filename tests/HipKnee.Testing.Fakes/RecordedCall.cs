using System.Text.Json;

namespace HipKnee.Testing.Fakes;

/// <summary>One Bot API request received by <see cref="FakeBotApi"/>.</summary>
/// <param name="Method">The method name exactly as the client sent it (e.g. "sendMessage").</param>
/// <param name="Body">The request parameters as a JSON object (form fields become string properties).</param>
/// <param name="At">When the fake received the call (according to the fake's clock).</param>
/// <param name="Failed">True when the fake answered with an error or dropped the connection.</param>
public sealed record RecordedCall(string Method, JsonElement Body, DateTimeOffset At, bool Failed = false)
{
    /// <summary>The <c>chat_id</c> parameter, if present and numeric.</summary>
    public long? ChatId => JsonFields.GetLong(Body, "chat_id");

    /// <summary>The <c>text</c> parameter, or else the <c>caption</c> of a photo or document, if present.</summary>
    public string? Text => JsonFields.GetString(Body, "text") ?? JsonFields.GetString(Body, "caption");

    /// <summary>True when <see cref="Method"/> equals <paramref name="method"/>, ignoring case.</summary>
    public bool Is(string method) => string.Equals(Method, method, StringComparison.OrdinalIgnoreCase);

    /// <summary>A numeric parameter (JSON number or numeric string), or null.</summary>
    public long? GetLong(string field) => JsonFields.GetLong(Body, field);

    /// <summary>A parameter as text (strings as-is, other JSON values as raw JSON), or null.</summary>
    public string? GetString(string field) => JsonFields.GetString(Body, field);

    /// <inheritdoc />
    public override string ToString() => CallLog.Describe(this);
}
