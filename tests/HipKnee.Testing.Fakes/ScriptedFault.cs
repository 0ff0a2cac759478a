namespace HipKnee.Testing.Fakes;

/// <summary>A scripted misbehaviour for one call: an API error, or a dropped connection.</summary>
internal sealed record ScriptedFault(int ErrorCode, string Description, int? RetryAfter, bool DropConnection)
{
    public static ScriptedFault Drop() => new(0, "connection dropped", null, DropConnection: true);
}
