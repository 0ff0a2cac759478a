namespace HipKnee.Core.Conversation;

/// <summary>Payloads of the account buttons: <c>lang:&lt;code&gt;</c> language, <c>del:y</c> / <c>del:n</c> confirm or cancel erasing.</summary>
public static class AccountButtons
{
    public const string EraseYes = "del:y";
    public const string EraseNo = "del:n";

    public static string Language(string code) => $"lang:{code}";

    public static string? TryLanguage(string data) =>
        data.StartsWith("lang:", StringComparison.Ordinal) ? Texts.Languages.Find(data[5..]) : null;
}
